/**
 * Regex fragments (bounded repetition only) for the ownership rubric. Contractions are spelled out as
 * (?:we|i)(?:'ll| will) so that "we'll", "we will", "I'll" all match.
 */

const WE = "(?:we|i)";
const WILL = `${WE}(?:'ll| will| are going to|'re going to|'m going to| am going to)`;
const WOULD = `${WE}(?:'d| would)`;
const ARE = `${WE}(?:'re|'m| are| am)`;
const HAVE = `${WE}(?:'ve| have)`;

/** First-person company voice taking responsibility, committing to help, or acting. */
export const OWNS = [
  `${WILL} (?:\\w{1,12} ){0,3}(?:look into|check|investigate|help|fix|get|sort|take (?:a |another |a closer )?look|take care|make sure|follow up|escalate|forward|pass|work|reach out|find|figure|see what|review|dig|raise|share|flag|report|resolve|continue|carry on helping|answer your|let (?:our|the|my) \\w{1,20} know|try (?:and|to))`,
  `(?<!better )${WE} (?:can|could|may|might) (?:\\w{1,12} ){0,1}(?:help|assist|look into|check|sort|fix|take a look|work|review|provide|point|escalate)`, "let (?:me|us) (?:check|look into|find out)", "so (?:we|i) can (?:log|escalate|raise|report|look into|check) (?:this|it|that)",
  `${WE} (?:want|would like|'d like) to (?:help|assist|make (?:this|it|things) right|look into|take a look)`, "you'?ve (?:reached|come to) the right place", "for us to (?:further )?(?:investigate|look into|check|help)",
  `${HAVE} (?:made (?:the|our) \\w{1,20} aware|looped)`, "(?:and|we'?re|we are) (?:actively |currently )?working (?:to|on) (?:fix|resolv|solv|restor|get)",
  `${WOULD} (?:be (?:happy|glad|more than happy) to|love to|like to) (?:\\w{1,12} ){0,1}(?:help|assist|look into|check|sort|fix|take a look|work|review|provide|go over|clarify)`,
  `${ARE} (?:\\w{1,12} ){0,1}(?:here|happy|glad|ready|more than happy|always happy|on it|keen|eager) to (?:help|assist|take a look|look into|check|clarify)`,
  `${ARE} (?:here for you|right here|on it|on the case|looking into (?:it|this|that)|(?:actively |currently |still )?(?:working|scanning|reviewing|removing|investigating|looking into|complying|prohibiting)\\b)`,
  "so (?:we|i) (?:may|can|could) (?:\\w{1,12} ){0,1}(?:assist|help)", "let me see what (?:we|i) can do", `${WILL} see what (?:we|i) can do`, `${WILL} keep an eye`,
  `${ARE} (?:introducing|rolling out|adding|releasing|launching|updating|fixing)`, `${WOULD} love to (?:send|share|help|hear)`, "let'?s \\w{2,15}",
  "here to (?:help|assist)", "help'?s here", "(?:happy|glad) to (?:help|assist|clarify|look into|take a look|check)", "we can help", "i can help", "we'?ve got you", "leave it with (?:us|me)", "rest assured",
  `${WE} (?:made|'ve made| have made) (?:a |an )?(?:mistake|error)`, "(?:our|my) (?:mistake|fault|bad|error)", `${WE} (?:messed up|dropped the ball)`,
  `${HAVE} (?:just )?(?:refunded|credited|reset|resolved|fixed|escalated|forwarded|passed|shared|sent|issued|cancell?ed|updated|removed|restored|unlocked|reactivated|processed|approved|raised|reported|added|prohibited|let (?:my|the|our) \\w{1,20} know|reached out)`,
  `${WE} (?:take|are taking) (?:this|it|security|your \\w{1,20}) (?:very |incredibly |extremely )?seriously`, "(?:feel free to )?(?:send|dm|message) (?:[\\w,]{1,15} ){0,8}(?:to me|me) directly",
];

/** Actions already taken for the customer: they outweigh a policy mention ("it's our policy, but I've escalated it"). */
export const ACTED = [
  `${HAVE} (?:just |now |already )?(?:refunded|credited|reset|resolved|fixed|escalated|forwarded|passed (?:\\w{1,12} ){1,2}(?:on|along)|shared (?:\\w{1,12} ){1,2}with|issued|cancell?ed|updated|removed|restored|unlocked|reactivated|processed|approved|raised|reported|waived|extended|reversed|reinstated|replaced|let (?:my|the|our) \\w{1,20} know)`,
  "(?:has|have) been (?:refunded|credited|reset|resolved|fixed|escalated|forwarded|removed|restored|unlocked|approved|processed|cancell?ed|issued|reinstated|reversed|waived)",
];

/** Blame, policy, "not us", "can't help". */
export const BLAME = [
  "(?:it'?s|it is|this is|that'?s|that is|due to|per|according to|against|under) (?:our|company|the company'?s?) (?:\\w{1,12} ){0,1}polic(?:y|ies)", "(?:we|our stores?) (?:operate|have|follow|run|apply) (?:a|an) (?:[\\w-]{1,15} ){0,2}polic(?:y|ies)", "polic(?:y|ies) (?:does(?:n'?t| not)|do(?:n'?t| not)|won'?t) (?:allow|permit|let)",
  "(?:out of|beyond|not in) (?:our|my) (?:control|hands)", "not (?:my|our) (?:department|team|area|responsibility|call|decision)", "(?:corporate|management|legal|head office|another department|the other team|a different team|a different department) (?:decided|handles?|is responsible|makes)",
  `nothing (?:more )?${WE} can do`, "all (?:we|i) can do", `${WE}(?:'re|'m| are| am)? (?:unable|not able) to (?:help|assist|do anything|provide (?:support|assistance)|access|see|look into|answer|comment|discuss|make (?:an )?exceptions?|offer|change|refund|reverse|override|accept)`,
  `${WE} (?:can'?t|cannot|can not) (?:help|assist|do anything|provide (?:support|assistance)|access|see|look into|answer|comment|discuss|make (?:an )?exceptions?|offer|change|refund|reverse|override|accept)`,
  "(?:can'?t|cannot|unable to) assist with \\w{1,20}(?: \\w{1,20}){0,3} (?:over|on|via) (?:social media|twitter|here)", "(?:your|the customer'?s) (?:fault|mistake|responsibility)", "you failed to",
  "(?:as|because|since) your \\w{1,20} (?:was|is) non-?refundable", "(?:we'?re|we are) required to comply", "(?:is|are) only (?:available|offered|possible) (?:to|for)", "you(?:'re| are) required to",
  `${WE} (?:can'?t|cannot|can not|are unable to|'re unable to) (?:remove|cancel|delete|do (?:that|this)|change)(?: \\w{1,20}){0,3} for you`, "not (?:administered|handled|managed|controlled|supported) by us",
];

/** Sending the customer to another channel (phone, e-mail, form, store, community, another team) instead of helping here. */
export const OTHER_CHANNEL = [
  "(?:call|phone|ring|dial) (?:us|our|the|them|your|\\d)", "(?:give|give us) (?:us )?a (?:call|ring)", "(?:call|chat)/(?:call|chat) us",
  "(?:contact(?:ing)?|reach(?:ing)? out to|(?:get|getting|got) in touch with|talk(?:ing)? to|speak(?:ing)? (?:to|with)|chat(?:ting)? with|connect(?:ing)? with) (?:us |our |the |your |a |an |one of our )?(?:\\w{1,20} ){0,2}(?:by phone|via phone|over the phone|on the phone|by email|via email|support|team|teams|department|specialists?|advisors?|agents?|representatives?|reps?|customer (?:service|care|support)|billing|help ?desk|developers?|directly|here|at)",
  "(?:send|shoot|drop) us (?:an )?(?:email|e-mail)", "(?:in|via|through|using) a (?:private |support |new )?(?:request|ticket|form)", "(?:get|getting) in touch with \\w{1,20}",
  "report (?:it|this|them) here", "reply (?:back )?to (?:the |your )?(?:ticket|case)", "contact us (?:link|page|button|form)", "you(?:'ll| will| would) (?:want|need|have) to (?:work|check|speak|talk|reach out) (?:with|to)", "(?:one-on-one|1:1|one on one)",
  "(?:contact|email|write to) (?:them|him|her)", "handled by (?:our|the) \\w{1,20} (?:team|specialists?|department|experts?)", "(?:our|the) (?:\\w{1,12} )?(?:chat|support|live support|phone|accounts?|billing|sales) team (?:that|who) (?:will|can|'ll|is able)", "(?:email|e-mail) us", "(?:submit|create|open|file|raise|log|make) (?:a |an )?(?:new )?(?:support |private |online )?(?:ticket|request|case|claim|report form|report)",
  "(?:fill|filling) (?:out|in) (?:this|the|our|a) (?:\\w{1,20} )?(?:form|request)", "(?:live|web) chat", "chat (?:with )?us", "(?:request|schedule|book) (?:a )?(?:call|callback|call back|appointment)",
  "(?:share|send|submit|provide|enter) (?:your |the |a few |some |more )?(?:account |contact )?(?:info|information|details)(?: \\w{1,12}){0,2} here", "someone (?:on|from) our team will (?:reach out|contact|get in touch)",
  "(?:visit|go to|stop by|head to|pop into|drop by) (?:a|your|the|our|any)(?: \\w{1,20}){0,2} (?:store|branch|location|retailer|service (?:center|centre|provider)|genius bar|banking center)",
  "(?:visit|check|go to|head to|take a look through|look through|see) (?:our|the) (?:help|support) (?:site|center|centre|page|hub)", "(?:visit|check|go to) our website",
  "(?:share|send|submit|post|leave|give)(?: us| them)? (?:a |your |some |the |any |this |it |that )?(?:\\w{1,12} )?(?:feedback|suggestions?|ideas?|feature requests?)", "feedback (?:tool|report|hub|forum|site|page|form)",
  "(?:as|via) a feature request", "(?:sharing|post|posting|share|ask|asking) (?:it |this |that )?(?:in|on) (?:our|the) (?:\\w{1,20} )?(?:community|forums?)", "(?:the )?forums? (?:here|may|can|might)",
  "(?:report|flag) (?:it|this|them|that|the \\w{1,20}) (?:to|with|by|through|using|via)", "to the appropriate (?:\\w{1,20} )?teams?", "let'?s get you in touch", "secure message center",
  "1-8\\d\\d-\\d{3}-\\d{4}", "\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}",
];

/** Sending the customer to another company. */
export const OTHER_COMPANY = [
  "(?:contact|reach out to|get in touch with|speak (?:to|with)|talk to|check with|call|ask) (?:your|the) (?:bank|card issuer|carrier|provider|isp|internet provider|manufacturer|seller|retailer|store|airline|developer|publisher|merchant|app developer|device manufacturer|network|mobile provider|employer|school|administrator|admin|it department|it team)",
  "(?:contact|reach out to|get in touch with|check with) (?:the )?(?:seller|merchant|developer|creator|uploader|claimant|app'?s developer|game developer|manufacturer|store where)",
  "you'?ll need to contact [A-Za-z&]{2,20}", "(?:visiting|visit) the \\w{1,10} website",
];

/** A channel offered only if the help given here does not work, or as an extra: not a deflection. */
export const FALLBACK = [
  "if (?:that|this|these|those|it|they|the \\w{1,15}|nothing|none of (?:these|those|them)|trying) (?:\\S{1,40} ){0,3}(?:does ?n'?t|does not|do ?n'?t|do not|didn'?t|did not|won'?t|doesn'?t seem to|don'?t seem to) (?:help|work|fix|do the trick|resolve|solve|seem to help)",
  "if (?:you (?:still|continue|keep|need (?:further|more|additional|any)|run into|have (?:any )?(?:other |more |further )?questions)|(?:it|this|the (?:issue|problem|error|bonus))(?:'s| is)? (?:still|persists|continues|does not appear|doesn'?t appear|keeps))",
  "if (?:so|not),? and it didn'?t help", "if nothing (?:helps|works)", "if it'?s still happening", "(?:for|if you need) (?:any )?further (?:assistance|help)", "in case (?:that|this|it) doesn'?t",
  "if you(?:'re| are) (?:still )?(?:experiencing|having) (?:difficulties|issues|trouble|problems)", "(?:^|\\s)also,? ", "you can also", "as well",
];
