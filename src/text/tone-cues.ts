/**
 * More built-in cues of customer tone, by the kind of displeasure or pleasure they show, as regex
 * fragments for the phrase matcher (bounded repetition only, case-insensitive, word boundaries around
 * each). They follow the labelling guidelines' definition, not particular messages: each list names a
 * way customers say it, in general wording.
 */

/**
 * A positive word negated: the customer says what the service is not (2 points).
 * "not happy", "isn't the best", "not keen on", "no longer works as well"...
 */
export const NEGATED_POSITIVE = [
  "(?:not|isn'?t|is not|wasn'?t|was not|aren'?t|are not|weren'?t|never|hardly) (?:very |that |so |too |really |exactly |at all |particularly )?(?:keen|pleased|impressed|satisfied|thrilled|amused|fun|helpful|the best|good enough|great|a good (?:experience|look|service)|fair|cool|nice)\\b(?! (?:though|if|to know|to hear))",
  "(?:not|isn'?t|is not|wasn'?t|was not|aren'?t|are not) (?:very |that |so |really |at all )?(?:user[- ]?friendly|intuitive)", "(?:opp\\.?|opposite) of (?:user[- ]?friendly|intuitive|helpful|what (?:i|we) (?:want|wanted|asked for|need))",
  "(?:isn'?t|is not|wasn'?t|was not|not) what it used to be", "(?:doesn'?t|does not|don'?t) seem to be what it used to be", "used to be (?:so much |much |way |a lot )?better",
];

/**
 * Sarcasm: praise that means its opposite (2 points). A word of approval trailing off ("That's
 * reassuring..."), thanks given grudgingly ("thanks for your help i guess"), mock certainty ("I'm sure you won't").
 */
export const SARCASM = [
  "(?:that'?s|that is|how|very|so|real|really|super|how very|well that'?s) (?:reassuring|comforting|helpful|convenient|useful|nice|great|lovely|wonderful|fantastic|brilliant|encouraging|professional|efficient)(?:\\.{2,3}|…)",
  "(?:thanks?|thank you)(?: for (?:the|your|nothing|all the)(?: \\w{1,12}){0,2})?,? i guess", "yeah,? right\\b(?! (?:now|away|here|there|after|before|on|in|at))", "(?:i'?m|i am) sure (?:you|they) (?:won'?t|will not|don'?t|do not|can'?t)",
];

/** Leaving, or threatening to: cancelling, switching to a competitor, giving up on the product (2 points). */
export const LEAVING = [
  "(?:definitely|gonna|going to|about to|ready to) (?:be )?(?:cancel(?:l?ing)?|clos(?:e|ing)|leav(?:e|ing)|switch(?:ing)?|dropping|drop|quit(?:ting)?) (?:my |our |the |your )?(?:\\w{1,12} )?(?:account|subscription|membership|premium|service|plan|contract|card)",
  "(?:i'?m|i am|we'?re|we are) (?:now )?(?:cancel(?:l?ing)|closing|leaving|dropping|quitting) (?:my |our |the |your )?(?:\\w{1,12} )?(?:account|subscription|membership|premium|service|contract|card)",
  "enough (?:for me )?to (?:close|cancel|leave|quit|switch)", "(?:gone|done|leaving|uninstalled) for good", "no more (?:\\w{1,12} ){1,2}for (?:me|us)",
  "(?:found|got|going with|gone with|went with|switched to|switching to|moving to|moved to) (?:a )?(?:better|cheaper|different|another) (?:option|alternative|service|app|provider|company|bank|carrier)",
  "(?:don'?t|do not) want (?:this|your) (?:stupid |damn |crappy )?(?:app|service|product|phone|company)\\W{0,3}$",
];

/** Complaints of being ignored or sent round in circles (2 points). */
export const IGNORED = [
  "(?:no one|nobody|no-one) (?:has |have |ever )?(?:contacted|called|emailed|replied to|responded to|answered|helped|got back to|gotten back to|come back to|reached out to) (?:me|us)",
  "still waiting(?:\\W{0,3}$| (?:for|on) (?:a |an |any |your )?(?:response|reply|answer|call|callback|email|fix|update|someone))", "still (?:haven'?t|have not|hasn'?t|has not|not) heard",
  "(?:going|go|running|run|went) (?:round |around )?in circles", "none of (?:those|these|them|that|this|it|your suggestions|the suggestions) (?:work|worked|works|help|helped|helps)",
  "(?:stock|canned|copy[- ]paste[d]?|scripted|automated|generic) (?:answer|response|reply|replies|answers|responses)", "(?:you|u) (?:clearly |obviously )?(?:haven'?t|didn'?t|did not|have not|don'?t) (?:even )?read",
  "dead[- ]end", "(?:you|you guys|y'?all|they|support|agents?) keep (?:telling|saying|asking)(?: (?:me|us))? (?:to|the same|that|check)",
];

/** Repetition and duration of a problem (1 point each, like the other weak cues). */
export const REPEATED = [
  "(?:in|over|for|during) the (?:past|last) (?:few |couple of |couple |\\d{1,3} |two |three |four |five |six |several )?(?:hours?|days?|weeks?|months?|years?)",
  "(?:\\d{1,2}(?:-\\d{1,2})?|two|three|four|five|six|multiple|countless|numerous|a few) times", "(?:didn'?t|doesn'?t|did not|does not|won'?t) (?:even )?(?:work|help)\\b(?! (?:for|with|on|in|if|when|after|because))",
  "(?:won'?t|doesn'?t|don'?t|can'?t|cannot) even", "on top of (?:that|this|it)", "(?:i'?m|i am|we'?re|we are) paying (?:for )?(?:premium|\\$|£|€|\\d)",
];

/** Relief: the problem is gone (2 points of pleasure). "It's working now!", "that seems to have done it". */
export const RELIEF = [
  "(?:it'?s|it is|that'?s|all|is|everything'?s|everything is|now it'?s|and it'?s|it) (?:all )?(?:working|running|fine|good)(?: (?:fine|well|great|perfectly|normally|properly|ok|okay))? (?:now|again)",
  "(?:works?|working|running) (?:fine|good|great|perfectly|well) (?:now|again)", "(?:now (?:it'?s |it |its )?(?:working|works))", "seems? to have (?:done it|done the trick|worked|fixed it|sorted it)",
  "came back (?:up|on)", "^\\s{0,80}sorted\\b(?!\\?)", "(?:yay|wo{2,6}ho{2,6}|hooray|phew)", "enjoyed (?:it|this|that)", "(?:really|so much|thoroughly) enjoy(?:ed|ing)",
  "can'?t wait (?:to (?:hear|see|try|listen|watch|use|play|read)|for (?:the|it|this|more))", "can'?t wait[.!]{1,3}",
  "(?:managed|able) to (?:get|make) it (?:to )?work", "got it (?:sorted|working|fixed|to work|figured out)", "(?:it'?s|its|all|everything'?s|everything is) (?:ok|okay|good|fine) now", "finally (?:works|working|fixed|sorted|can)\\b",
  "(?:a |such a )?(?:big|great|huge|massive) help", "(?:love|luv) (?:u|ya|y'?all)", "have a (?:great|nice|good|lovely|wonderful|fab) (?:day|night|weekend|evening|one)",
];

/** Emoji that say "I can't believe this" next to praise: the praise is sarcastic. */
export const EYE_ROLL_EMOJI = /[🙄🤦😒🙃😑]|:-?\//u;
