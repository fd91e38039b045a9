/**
 * Regex fragments (bounded repetition only) for the dialogue acts of agent messages. Kept apart from the
 * logic so the lists can be read, reviewed and extended in one place.
 */

/** Requests to move to a private message with the same team (not a clarifying question, not deflection). */
export const DM_REQUEST = [
  "(?:send|shoot|drop|give)(?: us)? a (?:quick )?(?:dm|direct message|private message|pm)",
  "(?:send|shoot|drop|give) us a (?:quick )?message",
  "(?:dm|pm|message) (?:us|me)", "(?:dm|pm) (?:the|your|with)", "(?:follow|following) us",
  "(?:reach out|reply|respond|follow up|continue|chat|connect|talk|speak) (?:to us |with us )?(?:via|in|through|by|over) (?:a )?(?:dm|direct message|private message|pm|dms)",
  "(?:in|via|through|by|over) (?:a )?(?:dm|direct message|private message|pm|dms)",
  "(?:check|see|look at|open) (?:your|our) (?:dms?|direct messages?|inbox)",
  "(?:followed|follow) you",
];

/** Closing and follow-up checks: not clarifying questions. */
export const CLOSING_CHECK = [
  "(?:is there )?anything else",
  "any (?:other|more|further) (?:questions?|concerns?|issues?)",
  "(?:does|did|do) (?:that|this|these|it) (?:help|work|answer|make sense|clarify|do the trick|sort it)",
  "(?:how|did) (?:did )?(?:that|this|it|everything) (?:go|work out|turn out)",
  "(?:were|was) (?:you|we) able to (?:get|fix|resolve|sort)",
  "(?:can|could|may) (?:we|i) help (?:you )?with anything else",
  "(?:are|is) (?:you|everything) (?:all set|sorted|good|okay|ok)(?: now)?",
  "mind if (?:we|i) (?:jump|chime|hop) in", "give us a (?:shout|holler)",
  "(?:can|could|may|shall) (?:we|i) (?:help|assist)",
  "how (?:can|may|could) (?:we|i) help",
  "(?:notice|see|seeing|noticed) any (?:improvement|change|difference)", "any (?:improvement|change|luck|joy)",
  "clear (?:things|it|this|that) up", "(?:does|did) (?:that|this|it) (?:answer|resolve|fix)",
  "have you (?:already )?(?:contacted|reached out|submitted|filed|opened|tried contacting|spoken|called|written)", "reply (?:back )?to (?:the |your |our )?(?:ticket|email|case|message)",
  "(?:does|did|would|will) (?:that|this|the) (?:link|article|page|info|information|guide|video) (?:help|work)",
  ",\\s{0,2}(?:ok|okay|right|alright)\\?", "(?:more|any|other|further) questions\\?", "(?:would|will|does|did|could|can|might) (?:this|that|it|these|those)(?: [\\w:/.-]{1,80}){0,3} (?:be of (?:any )?help|help you)",
];

/**
 * Diagnostic or clarifying requests phrased as statements ("Let us know which device you're on."). The
 * first list must open the sentence (imperative mood, after "please", "also", "could you" ...); the second
 * may stand anywhere.
 */
export const INFO_REQUEST_OPENING = [
  "(?:let us know|tell us|let me know|tell me|share|confirm|specify|clarify|advise|provide|send|describe|explain|give us|drop us)(?: with us| us| me| over)?(?: a bit)?(?: more)?(?: about)?(?: the| your| a| which| what| whether| if| how| when| where| who| any| exactly| more| some| a few)",
];
export const INFO_REQUEST = [
  "if you (?:could|can) (?:also |please )?(?:let us know|tell us|let me know|tell me|share|confirm|send us|provide)",
  "(?:we'?d|we would|i'?d|i would|we|i) (?:like|love|need|want) to know",
  "(?:we|i) (?:need|'ll need|will need|require) (?:a few|some|more|the|your|a bit more) (?:details|info|information)",
];

/**
 * Diagnostic details that make a DM request a clarifying question ("DM us the iOS version your iPhone is
 * running", "let us know any steps you've tried"): a generic "DM us your details" is not one.
 */
export const DIAGNOSTIC_DETAIL = [
  "(?:ios|android|os|app|software|firmware|system|browser) version", "version (?:of|you'?re|you are)", "(?:which|what) (?:device|model|browser|version|app)",
  "(?:browser|device|model)(?: and| or|,) (?:browser|device|model|version)", "error (?:message|code)", "steps you'?ve (?:already )?tried", "(?:what|which) (?:steps )?you'?ve (?:already )?tried",
];

/**
 * Requests for identification (name, e-mail, account or order number): like "DM us your details", not a
 * clarifying question about the issue ("may I have your name please?").
 */
export const IDENTITY_REQUEST = [
  "(?:may|can|could) (?:i|we) (?:have|get|ask for|ask) your (?:full )?(?:name|username|user name|email|e-mail|account|order|phone|address|zip|post ?code|date of birth)",
  "(?:give|send|provide|tell|dm) (?:me|us) (?:with )?your (?:full )?(?:name|username|user name|email|e-mail|account|order|phone|address|zip|post ?code|date of birth)",
];

/** Courtesy at the opening of a sentence ("Thanks, ...", "You're welcome"): not an answer. */
export const COURTESY_OPENING = "(?:thanks?|thank you|thx|ty|you'?re (?:very )?welcome|no problem|no worries|(?:it'?s )?a pleasure|my pleasure|have a)\\b";

/** Words that may open a sentence before a request ("Also, please let us know ..."). */
export const REQUEST_LEAD = "(?:(?:also|and|otherwise|meanwhile|in the meantime|just|so|ok|okay|alternatively|additionally|if so|if not|to start|first|lastly|finally|in addition)[,]?\\s{1,3})?(?:(?:please|kindly|pls|plz)\\s{1,3})?(?:(?:could|can|would|will) you(?: please| kindly| pls)?\\s{1,3})?(?:(?:please|kindly|pls)\\s{1,3})?";

/** Sentences opening like a question though they end without "?" (the link took its place). */
export const QUESTION_OPENING = "(?:(?:just to (?:confirm|clarify|check|be sure|make sure)|to confirm|quick question)[,.]?\\s{1,3})?(?:have|has|did|do|does|are|is|was|were|can|could|would|will|should) (?:you|it|this|that|the|your|there)\\b|(?:what|which|when|where|how|why|who)\\b";

/** Requests to try something, phrased as questions ("Could you go through the steps here?"): suggestions, not questions. */
export const SUGGESTION_QUESTION = [
  "(?:would|will) you mind (?:\\w{1,12} ){0,2}(?:trying|following|going|optimi[sz]ing|restarting|reinstalling|updating|checking|clearing|resetting|running|using|giving|testing)",
  "(?:could|can|would) you (?:please |pls )?(?:try|go through|follow|restart|reinstall|update|clear|reset|run|use|give|test|work through|check out|take a look at|have a look at|visit|head)",
  "(?:why not|how about) (?:try|trying|giving)",
  "(?:can|could|would) you (?:please )?(?:check|see|test) (?:if|whether) (?:[\\w'’>,-]{1,20} ){1,14}(?:makes?|made) (?:a|any) difference",
  "(?:does|do|did|would|will) (?:[\\w'’>,-]{1,20} ){1,14}(?:make|makes) (?:a|any) difference",
];

/** Follow-up invitations that look like info requests but are not ("let us know if this helps"). */
export const FOLLOW_UP_REQUEST = [
  "let (?:us|me) know (?:if|how|whether) (?:this|that|it|these|those|the steps?|the article|anything|everything|you (?:have|need|still|are still|'re still|run|get)|we can|things?|the above|our|your)",
  "let (?:us|me) know (?:how (?:it|this|that|things) goes|if you need|if there'?s anything|should you need|in (?:dm|dms|a dm)|if (?:the|that|this) (?:doesn'?t|does not|didn'?t) (?:help|work))",
  "(?:let us know|tell us) (?:what you (?:think|find))",
  "keep us posted",
  "(?:let us know|tell us) if you (?:have|need) (?:any|more|further|other)",
  "let (?:us|me) know (?:if|whether|how) (?:[\\w&,'-]{1,15} ){0,8}(?:works?|worked|helps?|helped|goes|went|fix(?:es|ed)?|resolves?|resolved|changes?|persists?|makes? a difference|does the trick|clears? (?:up|things up)|is still|are still|continues?)",
  "let (?:us|me) know (?:the )?(?:outcome|result|results)", "let (?:us|me) know (?:what you think|your thoughts)", "let (?:us|me) know if you (?:meant|find|found|have found)",
  "let (?:us|me) know if (?:it|this|that)(?:'s| is| was)? (?:helpful|useful)",
];

/** Words that introduce a help article, guide or steps: a link after them is an answer. */
export const ARTICLE_CUE = [
  "(?:this|the|our|that|these|following|help|support|faq|community|knowledge ?base) (?:article|guide|page|post|link|thread|doc|documentation|resource|steps|tips|instructions|video|faq|blog|info)s?",
  "here'?s how", "here is how", "learn (?:more|how)", "(?:more|further) (?:info|information|details)", "read more", "find out more", "check (?:out|this|here)",
  "(?:steps|instructions|tips|info|information|details|options|guidance) (?:here|below|in|on|at|listed|outlined)", "(?:take a look|have a look|see) (?:at )?(?:this|here|the)",
  "(?:explains?|covers?|walks? you through|shows? (?:you )?how)", "(?:the|these|some|following) (?:steps|tips|suggestions|recommendations)",
  "for (?:more|further|additional) (?:info|information|details|help)", "you can (?:read|find|learn|see|check|stay)", "(?:may|might|should|could|will) help",
  "(?:checking|check) out", "(?:here are|these are) (?:some|the)", "for what to do",
];

/** Links that lead to another channel (a form, a ticket, live chat, e-mail): not an answer. */
export const CONTACT_CUE = [
  "(?:submit|create|open|file|raise|log|make) (?:a |an )?(?:new )?(?:support |private )?(?:ticket|request|case|form|report|claim)",
  "(?:contact(?:ing)?|reach(?:ing)? out to|(?:get|getting|got) in touch with) \\w{1,20}",
  "(?:reach|call|email|e-mail|chat with|talk to|talking to|speak(?:ing)? (?:to|with)) (?:us|our|one of our|the|them|your|a|an|customer|support|live)",
  "for (?:all|any|other) (?:\\w{1,15} ){0,2}(?:questions|concerns|inquiries|enquiries)(?: or (?:questions|concerns|inquiries))?,? please visit",
  "(?:visit|check|go to|head to) (?:our|the) (?:website|site|help (?:site|center|centre)|support (?:site|page|center|centre))",
  "(?:share|send|submit|provide|enter|include) (?:your |the |a few |some |more )?(?:account )?(?:info|information|details|data)(?: \\w{1,12}){0,2} (?:here|there|in|through|via|using|with|at|so)",
  "(?:send|email|e-mail) us (?:an )?(?:email|e-mail|message|note)", "(?:live|web) chat", "chat (?:with )?us", "(?:request|schedule|get|book) a (?:call|callback|call back|phone call)",
  "(?:fill|filling) (?:out|in) (?:this|the|our|a) (?:form|request)", "(?:via|through|using|with) (?:this|the|our|the following) (?:form|link)", "(?:one-on-one|1:1|one on one)",
  "(?:report|flag) (?:it|this|them|that|the \\w{1,20}) (?:here|to|via|through|using)",
];

/** Words framing a link as a hand-off ("Please go here so that we may help"), read only around links. */
export const HANDOFF_CUE = ["so (?:that )?(?:we|our team|someone|they) (?:may|can|could|will) (?:help|assist|reach|look|get back|contact)", "click (?:on )?[\"“]?contact"];

/** Feedback routes (feedback tools, feature requests, idea boards): a way to be heard, not an answer. */
export const FEEDBACK_ROUTE = [
  "(?:send|share|submit|leave|give|post|report)(?: us| them)? (?:a |your |some |the |any |this |it |that )?(?:\\w{1,12} )?(?:feedback|suggestions?|ideas?|feature requests?|comments)",
  "feedback (?:tool|report|hub|forum|site|page|form)", "feature request", "(?:in|on|to) (?:our|the) community", "(?:idea|ideas|wish) (?:board|exchange|form|portal|submissions?)", "uservoice", "reach out to our developers",
];

/** Troubleshooting verbs, in imperative position (a clause's first verb, after "please", "try to", "first", ...). */
export const STEP_VERB =
  "(?:try(?:ing)?|wait|restart|reboot|reinstall|re-install|uninstall|update|upgrade|clear|delete|remove|reset|disable|enable|turn (?:off|on)|toggle|log (?:out|in)|sign (?:out|in)|go to|head (?:to|over to)|navigate to|tap|click|select|choose|open|close|unplug|plug|power cycle|switch|change|install|download|rename|move|unlink|relink|re-?link|force (?:quit|close|restart)|hold|press|make sure|ensure|double-check|double check|check|follow|use|run|start|run through|work through|go through|mark|add|set|adjust|connect|disconnect|re-?connect|pair|re-?pair|allow|grant|clean|wipe|back up|restore|rebuild|refresh|recover|verify|request|appeal|dispute|enter|type|search for|look for|copy|paste|drag|save|export|import|edit|report)";
export const STEP_LEAD =
  "(?:(?:also|and|then|next|first|firstly|second|secondly|finally|lastly|otherwise|alternatively|in the meantime|meanwhile|if so|if not|if that doesn'?t work|to (?:start|begin|fix this|do this|resolve this))[,]?\\s{1,3})?(?:(?:please|kindly|pls|just|simply)\\s{1,3})?(?:(?:you (?:can|could|may|might|should|will|'ll|would|'d)(?: need to| want to| have to)?|you'?ll (?:need|want|have) to|you need to|try to|be sure to|remember to|feel free to|go ahead and|give it a try and)(?:\\s{1,3}also)?\\s{1,3})?";

/** Steps and instructions that may stand anywhere in a sentence. */
export const STEP_CUE = [
  "(?:we|i) (?:recommend|suggest|advise)", "(?:we'?d|we would|i'?d|i would) (?:recommend|suggest|advise)", "(?:our|my) (?:recommendation|suggestion|advice)",
  "settings\\s?(?:>|→|->)", "\\w{2,20}\\s(?:>|→|->)\\s\\w{2,20}", "(?:the|these|following|below) steps",
];

/** Explanations, diagnoses and decisions. */
export const EXPLANATION_CUE = [
  "(?:this|that|it) (?:is|was|may be|might be|could be|happens?|occurs?) (?:because|due to|when|if|likely)", "(?:the )?(?:reason|cause) (?:is|was|for this)",
  "(?:it'?s|it is) (?:likely|possible|not possible|currently not possible|expected)", "(?:isn'?t|is not|aren'?t|are not) (?:possible|available|supported|currently)",
  "(?:there'?s|there is|there are) (?:currently |no |a |an )?(?:known |temporary )?(?:bug|issue|outage|problem|limit|way|option|fix|update|setting)",
  "(?:we'?re|we are) (?:aware|investigating|working on|looking into it)", "known issue", "(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot) (?:support|allow|affect|delete|work with|transfer)",
  "(?:you can|you could|you'?re able to|you are able to|you'?ll be able to|you will be able to|you should|you don'?t need|you do not need|no need to)",
  "(?:is|are) (?:only )?(?:available|required|needed|automatically|limited|free|non-?refundable|refundable|eligible)", "(?:it|this) (?:typically|usually|normally|generally) (?:takes|means)",
  "(?:can|may|might|could|will|should|usually|typically|normally) take (?:up to |about |around |a few |\\d)", "(?:it|this|that) (?:sounds|looks|seems) like (?:a|an|the|you|your|it)",
  "(?:is|are) (?:in|on|under|located|found|listed|shown) (?:the|your)", "(?:we|they|you) (?:do|does|don'?t|doesn'?t) (?:not )?(?:accept|need|offer|support|allow|require|charge|provide|carry|ship)",
  "(?:can|may|might|could|will|should|usually|typically) take (?:up to |about |around |a few |\\d)",
  "(?:could|can|may|might|will|would) (?:possibly |also |sometimes |likely )?(?:affect|cause|interfere with|impact)",
  "(?:in most cases|in this case|keep in mind|note that|please note|just so you know|currently|at the moment|at this time|unfortunately)",
];

/** Decisions and actions taken by the team (not promises to pass the case on). */
export const ACTION_CUE = [
  "(?:we'?ve|we have|i'?ve|i have|we|i) (?:just )?(?:refunded|credited|reset|resolved|fixed|sent|issued|cancell?ed|updated|removed|restored|unlocked|reactivated|processed|approved|added|prohibited|extended|waived|reversed|reinstated|replaced)",
  "(?:has|have) been (?:refunded|credited|reset|resolved|fixed|removed|restored|unlocked|approved|processed|cancell?ed|issued|updated|reinstated|reversed|waived)",
  "(?:we'?re|we are|i'?m|i am) (?:unable|not able) to (?:make|offer|provide|grant|refund|issue|change|accept|process|approve)", "(?:we|i) (?:can'?t|cannot|can not) (?:make|offer|provide|grant|refund|issue|change|accept|process|approve|confirm)",
  "(?:all|the only thing) (?:we|i) can do", "unable to make exceptions",
];

/**
 * Sentences that do not state an answer even right after a customer's question: courtesy, apologies,
 * thanks, hopes, offers and promises to help or look, hold messages, passing the case on, invitations to
 * come back.
 */
export const NOT_AN_ANSWER = [
  "sorry", "apologi[sz]e", "apologies", "appreciate", "glad", "congrat(?:s|ulations)?", "(?:reached|in) the right place", "help (?:you|with)", "happy to", "pleased", "welcome", "a pleasure", "no problem", "no worries", "hope", "hoping", "have a (?:great|good|nice|lovely|wonderful)",
  "(?:we|i)(?:'ll| will| would| 'd|'d| can| are| am|'m|'re) (?:like |love |be )?(?:happy |glad )?(?:to )?(?:help|look|check|assist|get back|follow up|pass|share|escalate|take a (?:closer )?look|investigate|reach out|be in touch|keep|update|let you know|answer|indicate)",
  "let (?:me|us) (?:check|look|see|find out|take a look|get)", "one moment", "bear with", "hold on",
  "(?:pass(?:ed|ing)?|shared?|sent|forward(?:ed)?|escalat(?:e|ed|ing)|flag(?:ged)?|relay(?:ed)?) (?:this|it|that|your \\w{1,15}|them) (?:on|along|to|with|up)", "(?:made|let|kept|keep) (?:the|our) (?:\\w{1,15} )?team (?:aware|know|informed)",
  "here (?:for|to help)", "(?:can|could) help", "let (?:us|me) know", "give us a shout", "feel free", "(?:reach|get) (?:out|back|in touch)", "keep us posted",
];
