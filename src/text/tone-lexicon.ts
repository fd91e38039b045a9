/**
 * The built-in cues of customer tone, as regex fragments (bounded repetition only), in weight classes:
 * a message is negative at 2 points of displeasure. One weak cue (a "still", a "???", "for three days")
 * is not enough on its own: customers describing a problem calmly are neutral. A sad, eye-rolling or
 * facepalm emoji is: it shows how the customer feels (22 of 23 such messages in the tuning sets were
 * labelled negative). More cues, by kind of displeasure, are in tone-cues.ts.
 */

/** Profanity, insults, contempt, sarcasm (2 points each). */
export const STRONG_NEGATIVE = [
  "\\w{0,10}f+u+c+k\\w{0,6}", "\\w{0,6}sh[i1]t\\w{0,4}", "bullshit", "crap(?:py)?", "damn\\w{0,2}", "(?:the|what the|why the|how the) hell", "wtf", "tf", "ffs", "omfg", "a-?hole", "bastards?",
  "morons?", "idiot\\w{0,3}", "stupid\\w{0,3}", "dumb(?! thing| question| mistake)\\w{0,3}", "clowns?", "scum\\w{0,2}", "crooks?", "thie(?:f|ves)", "robbery", "rip-?off", "greedy",
  "pathetic", "useless", "worthless", "garbage", "trash(?! (?:folder|bin|can))", "rubbish", "lazy", "(?:lazy|dumb|smart|bad|your) ?ass(?:es)?", "junk", "ridiculous\\w{0,4}", "absurd", "outrageous", "unacceptable", "disgust\\w{0,5}", "disgrace\\w{0,3}", "shameful", "shame on you",
  "terrible", "horrible", "horrendous", "awful", "atrocious", "appalling", "abysmal", "worst", "sucks?", "sucked", "nightmare", "daymare", "(?:is|'s|was|are|what|such) (?:a |an )?(?:complete |total |absolute |bad |sick |fucking )?joke\\w{0,2}", "joke of an?", "(?<!as )a joke", "insane", "incompeten\\w{1,3}", "shambles",
  "bruh", "ludicrous", "blatant\\w{0,2}", "boycott\\w{0,3}", "shame\\b(?!ful)", "#stop\\w{1,20}", "are you (?:kidding|serious)", "you(?:'re| are)? kidding me", "unbelievable", "can'?t believe", "(?:don'?t|doesn'?t) you (?:just )?love (?:it )?when", "thanks for nothing", "no thanks",
  "(?:common sense|decency) is (?:a )?rar\\w{1,5}", "just like that", "you can do better",
  "laughable", "sux", "unhelpful", "unprofessional", "clueless", "rude(?:ly|ness)?", "misleading", "dishonest\\w{0,2}", "unreliable", "hopeless\\w{0,2}", "inexcusable", "shoddy", "sloppy", "fiasco",
  "(?:a|such a|what a|total|complete) mess", "(?:such|what|it'?s|is|it is) a (?:real |total |huge |massive )?pain(?! in my (?:back|neck|chest|arm|leg|head|side))", "pain in the (?:ass|neck|butt|backside)",
];

/** Words naming an unhappy feeling (2 points each). */
export const EMOTION = [
  "frustrat\\w{0,6}", "annoy\\w{0,5}", "irritat\\w{0,5}", "disappoint\\w{0,6}", "upset\\w{0,3}", "angry", "mad (?:at|about)", "pissed\\w{0,4}", "unhappy", "not happy", "gutted", "devastated",
  "furious", "livid", "fed up", "sick (?:and tired )?of", "tired of", "so done", "i'?m done", "stressed", "desperate\\w{0,2}", "losing my mind", "driving me (?:crazy|nuts|insane)", "at my wits'? end",
  "hate\\w{0,2}", "(?:really|truly) (?:don'?t|do not) like", "heartbroken", "distraught", "fuming", "panick\\w{0,3}", "scared", "terrified", "frightened",
  "bummer", "infuriat\\w{1,4}", "exasperat\\w{1,4}", "aggravat\\w{1,4}", "suffer\\w{0,3}", "gr{3,12}", "ugh{1,6}", "(?:it'?s|it is|so|really|very) sad", "sad (?:that|to see)", "upsetting", "(?:bout|about|so|i'?m) done with (?:y'?all|you|this|it)", "stopped believing", "(?:lost|losing) (?:all |my )?(?:faith|hope|trust|patience)",
];

/** Complaints: being ignored, wasted time, broken promises, threats to leave (2 points each). */
export const COMPLAINT = [
  "what(?:'?s| is) wrong with", "why (?:won'?t|can'?t|don'?t|doesn'?t|isn'?t|aren'?t|would|do|does|did|is|are) (?:you|your|they|it|this|t-?mobile|the company)\\b.{0,60}\\?{2,3}", "why advertise",
  "doing nothing", "nothing (?:is being done|has been done)", "no way to (?:ask|contact|reach|get hold|talk|speak)", "waste\\w{0,2} (?:a lot of |so much |all |my |of )?(?:time|money|my time)",
  "takes? (?:days|weeks|forever|ages|so long)", "(?:on hold|waiting|been waiting|been trying) for (?:over |almost |nearly |like |about )?(?:\\d{1,3}\\+?|an?|two|three|several|many) (?:hours?|days|weeks|months)",
  "never (?:got|received|heard|get) (?:a |any )?(?:response|reply|answer|back)", "no (?:response|reply|answer)\\b", "(?:of )?no help", "not (?:ok|okay|acceptable|good enough)", "(?:no one|nobody) (?:responds|answers|replies|helps|got back|gets back|cares)",
  "(?:constant|recurring|ongoing|persistent) (?:problem|issue)", "tried everything", "nothing (?:works|helps|worked|helped)", "(?:tips|steps|these|those) (?:don'?t|doesn'?t|didn'?t) (?:help|work)",
  "ain'?t right", "(?:this|that|it) (?:is|isn'?t|'?s) (?:not )?right\\b", "lose (?:a|another|your|their) (?:loyal )?customers?", "(?:switching|moving|going) to (?:a )?(?:another|different|competitor)",
  "never again", "(?:terrible|awful|poor|bad|worst) (?:service|support|experience|customer service)", "this is (?:unacceptable|ridiculous|a joke|insane|crazy|absurd)",
  "seriously[!?.,]", "really\\?", "paying for (?:your|the|this|a) (?:service|subscription|premium|plan|app)", "lose everything", "lost everything", "literally every", "every single (?:time|update|disc|day)", "(?:major|huge|serious|massive) (?:flaws?|problems?|issues?|trouble|bugs?)",
  "(?:that|which) you promised", "neglect\\w{0,4}", "sabotag\\w{0,4}", "poor (?:\\w{1,15} ){0,2}(?:selection|service|support|quality|experience|design|choice|algorithm\\w{0,4}|communication|response|job)", "(?:destroyed|ruined|wiped out) my", "(?:lost|losing) (?:all )?(?:my|our) (?:money|data|files|photos|pictures|progress|work)", "unfavou?rable",
  "dangerous", "refus\\w{1,4}", "so bad", "wrongful\\w{0,3}", "for no reason", "no (?:solution|fix|resolution|response|reply|answer|help)(?: yet| at all)",
  "(?:i|we) need an answer", "(?:can'?t|cannot|couldn'?t|could not) get through", "do (?:i|we) really (?:have|need) to", "why is (?:it|this) so (?:hard|difficult|complicated)",
  "how (?:is|was|can) (?:it|this|that) (?:be )?(?:legal|allowed|possible|ok|okay)", "exploit\\w{0,5}", "capitali[sz]\\w{1,4} on", "get(?:ting)? away with",
  "(?:hasn'?t|has not|haven'?t|have not) been (?:resolved|fixed|addressed|answered|solved)", "(?:so|that'?s|very) comforting", "(?:u|you) guys (?:r|are) so funny", "no one (?:can|seems|is able|could|will|has|wants)(?: \\w{1,12}){0,4} help", "(?:can|could)n'?t help me", "(?:are|am) (?:we|i) (?:just )?supposed to", "expect(?:ed)? (?:much |a lot |way |so much )?(?:more|better)\\b(?! (?:soon|tomorrow|later|next|when|in|by|on|within|results))", "(?:to|have to|had to) (?:deal|put up) with (?:this|that)\\?", "(?:must|should|need to|needs to|have to) do (?:much |a lot |way |so much )?better", "(?:my|our) money (?:is |'s )?gone",
  "(?:broken|down|failing|crashing|happening|charged|locked out|hacked|stopped|gone|missing|disabled|suspended) again",
  "how about (?:you|y'?all|you guys|u guys) just", "(?:i )?(?:don'?t|do not|can'?t|cannot) see how (?:\\w{1,15} ){1,6}(?:will|would|is going to|helps?|is (?:fair|right|ok|okay|acceptable))\\b", "what gives", "why (?:tho|though)\\b", "how (?:hard|difficult) (?:is|can|could) (?:it|that|this)\\b", "why is (?:that|it|this) (?:so )?(?:hard|difficult)",
  "how (?:else )?(?:are|is|am) (?:\\w{1,15} ){1,3}supposed to", "(?:you|y'?all|you guys|u guys) (?:really |seriously |honestly |just )?(?:need|have) to (?:work on|fix|sort out|step up|do something|get (?:your|it|this) (?:act |stuff )?together)",
  "(?:been |keep |kept )?(?:saying|said|telling (?:me|us)|promising|promised) (?:that |this )?(?:for|since) (?:\\d{1,3} )?(?:months|weeks|years|ages|forever)",
  "(?:does|did|do)(?:n'?t| not) (?:really )?help(?: (?:me|us|anyone))? at all", "expose (?:you|everything|this|it|them|your)", "(?:posted|reported|asked|requested|suggested|raised|mentioned)(?: \\w{1,12}){0,2} and ignored", "(?:been|being|was|were|get|gets|got|getting|keep getting) ignored",
  "(?:it'?s been|been|going on) (?:like |over |almost |nearly )?(?:\\d{1,3}|two|three|four|five|a few|several|many) (?:days|weeks|months|years)(?: already| now)?", "(?:were|was|got) (?:denied|ignored|rejected) (?:again|multiple|many|several|\\d)", "ignor(?:ing|ed) (?:me|us|my)", "(?:left|leaving) (?:me|us) (?:hanging|on read)",
];

/** Signs of repeated failure or emphasis (1 point each): a complaint when two come together. */
export const WEAK_NEGATIVE = [
  "still (?:not|no|nothing|can'?t|cannot|won'?t|doesn'?t|isn'?t|haven'?t|hasn'?t|didn'?t|unable|waiting|broken|charging|having|getting|happening|kept|scared|worried)", "(?:yet|once) again", "again\\W{0,3}$", "yet another", "(?:hours|days|weeks) later", "surely",
  "(?:second|third|fourth|fifth|2nd|3rd|4th|5th|nth|umpteenth) time", "(?:for|over) (?:over |almost |nearly |like |about )?(?:\\d{1,3}\\+?|an?|two|three|several|many|a few) (?:hours?|days|weeks|months|years)(?! ago)",
  "(?:multiple|so many|several|many) times", "over and over", "(?:got|been|was|were) denied", "since (?:the )?(?:last )?(?:\\d{1,3}|two|three|a few|several) (?:days|weeks|months|years)", "since (?:a )?long time",
  "lmao", "confus\\w{1,3}", "come on", "what(?:'?s| is) going on with", "scam(?:s|mers?|ming)?", "fraud\\w{0,3}", "nothing (?:happen\\w{0,2}|changed)", "worried", "\\?{2}", "to no avail", "(?:broken|down|failing|crashing|happening|charged|locked out|hacked|stopped|gone|missing|disabled|suspended) again",
  "already (?:been|tried)", "messed up", "cumbersome", "no matter what (?:i|we) (?:do|try)", "or what\\?", "(?:\\d{1,2}|two|three|four|five|several|multiple|many|countless) (?:emails|calls|messages|tweets|dms|msg'?s|requests|tickets|complaints)", "whatsoever", "(?:still |the )?same (?:problem|issue|thing|error|result)s?", "(?:you|i|we) used to be able to", "tried (?:all|every|everything)", "(?:i'?ve|i have) been trying",
  "(?:don'?t|do not) know what (?:else )?to do", "urgent\\w{0,2}", "constantly", "struggl\\w{1,4}", "every time",
  "(?:really|so|very|too|super|painfully|extremely|incredibly|annoyingly) slow\\b", "too many (?:repeats|ads|bugs|problems|issues|glitches|errors|commercials)", "every other (?:\\w{1,12} )?(?:app|service|platform|company|provider|site|player|bank|airline)", "price gouging", "gougers?", "profiteering", "\\b\\w{0,8}([a-z])\\1{3,}\\w{0,8}", "(?:REALLY|MAJOR|NEVER|ALWAYS|STILL|ANY|EVERY|NOTHING|NOBODY|WORST|STOP|WHY|SERIOUSLY|ONLY|ALL|AGAIN|HELP|PLEASE|NOT|NO|ACTUALLY)",
  "keeps? (?:crashing|failing|freezing|happening|charging|dropping|logging|asking|saying|flooding|spamming|sending|getting)",
];

/** Thanks for help: the point of the message only when it reports no problem (2 points each). */
export const THANKS = [
  "thank(?:s| you)(?: so much| very much| a lot| again)?[,!.]? (?:for (?:the|your|all|helping|getting|fixing|sorting|the quick|responding|replying|looking|checking|this)|guys|team|so much)",
  "(?<!would )(?<!would greatly )appreciate (?:it|you|the|your|this|that)", "much appreciated", "grateful",
];

/** Praise and relief (2 points each). */
export const POSITIVE = [
  "(?:that|this|it) (?:worked|helped|did the trick|fixed it|solved it)", "(?:all|works?) (?:good|fine|great) now", "problem solved", "(?:it'?s|all) sorted",
  "(?:you|y'?all|you guys|your team) (?:rock|are (?:the best|great|awesome|amazing|brilliant|legends?|stars?))", "great (?:job|service|support|help|work)", "couldn'?t back you more",
  "awesome", "amazing", "brilliant", "excellent", "fantastic", "wonderful", "superb", "outstanding", "lovely", "perfect", "legend\\w{0,2}",
  "love (?:it|this|you|the|your|how|that)", "loving",
  "awe{1,6}s{1,6}o{1,8}m{1,6}e{1,6}", "(?:you'?re|you are|still|is|are) (?:my|our) (?:absolute )?fav(?:ou?rite)?\\b", "(?:knew|know) (?:you|y'?all|you guys) (?:wouldn'?t|would not|won'?t|will not) let (?:me|us) down",
  "^\\W{0,200}(?:oh |ah |ok |okay )?(?:sweet|great|nice|neat|yay)(?: stuff| news| one)?\\W{0,400}$",
  "congrat\\w{0,8}", "kudos", "shout-?out to", "well done", "so happy", "glad", "relieved", "impressed", "(?:the )?best \\w{1,15} (?:i'?ve|i have) ever (?:seen|had|used)", "you'?re the best", "best (?:service|support|app|company)",
];

/** Thanks that may be only politeness (at the end of a request): positive only when it is the whole message. */
export const POLITE_THANKS = ["cheers", "thanks?", "thank you", "thx", "ty", "tysm", "tyvm", "thank u", "thanx", "thnx", "many thanks", "thanks in advance", "tia"];

/** Emoji of anger or despair and of sadness, eye-rolling or a facepalm (2 points each; one counts). */
export const STRONG_NEGATIVE_EMOJI = /[😡😠🤬😤😩😫😭💔👎😖😣]|>:\(|T_{2,}T/u;
export const NEGATIVE_EMOJI = /[😒🙄😞😢☹😑😾🤦🥺🤨😔😟😕🥴🙃😰😥😪]|:\(|:-\(|T_T|-_-|(?<![\w/:]):-?\/(?![\w/])/u;
export const POSITIVE_EMOJI = /[😊🙂😀😃😄😁😍🥰😘❤💙💚💜🧡💛💕💖💗😌🤗☺🙏👍👏🎉🙌💯⭐🌟✨🤩😎]|:\)|:-\)|:D|<3/u;
