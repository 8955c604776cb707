/**
 * Word patterns for meeting triggers, modality, tense and the traps that look like
 * meetings but are not. Applied to one sentence at a time; compiled once.
 */

export const PHONE = /\b(?:(?:tele)?phone[ -]?(?:call|conversation|talks?|discussion|exchange|contact)s?|spoke (?:by|over|on|via)(?: the)? (?:tele)?phone|(?:by|over|on|via)(?: the)? (?:tele)?phone|phoned|telephoned|phone call|dialed|dialled|(?:a|the) call (?:with|between)|call(?:ed|s)? (?:his|her) (?:\w+ )?counterpart|held a call|had a call|spoke by phone)\b/i;

export const VIDEO = /\b(?:video[ -]?(?:call|conference|link|conferencing|talks|meeting|summit|format)s?|videoconference|(?:virtual|online|remote)["'\u201d\u2019]? (?:meeting|summit|talks|conversation|format)|via video|by video)\b/i;

export const MEET = /\b(?:met|meet|meets|meeting|meetings|talks|held talks|negotiations|negotiated|consultations|summit|visit|visits|visited|visiting|hosted|hosts|hosting|(?<=(?:will|to|would|shall|'ll) )(?:host|receive|welcome)|received|receives|receiving|welcomed|welcomes|greeted|sat down|conferred|confers|confer with|exchanged views with|tete-a-tete|tête-à-tête|trilateral|discussions|conversation|conversations|audience|arrived in|arrives in|travell?ed to|travels to|trip to|tour of|encounter|talked|spoke with|spoke to|speaks? with|talks? with|joint (?:news|press) conference with|call|invited|invites|invitation|get-together|one-on-one|face-to-face|in-person|(?:ministerial|strategic|2\s?\+\s?2|two[- ]plus[- ]two|security|bilateral|political) dialogue|(?:meeting|talks|breakfast|lunch|dinner|session|consultations|negotiations) (?:will be|was|were|is|are) (?:also )?attended by|shak(?:es|ing) hands with|shook hands with|working (?:session|lunch|dinner|breakfast)|(?:lunch|dinner|breakfast|luncheon) (?:meeting )?with|exchanged (?:views|greetings|pleasantries) with|parleys?|called on (?!(?:[\w'\u2019-]+\s+){0,8}?to\s)|courtesy call)\b/i;

/** Speech, address or message to an audience: not a meeting even when by video link. */
export const ADDRESS = /\b(?:addressed|addresses|addressing|address to|speech|speaking at|spoke at|remarks to|message to|keynote|appeal to|lecture)\b/i;

/** Sessions of one state's own bodies. */
export const DOMESTIC = /\b(?:(?:meeting|session|sitting)s? of (?:the |his |its )?(?:security council|cabinet|government|state council|politburo|parliament|national assembly|duma|senate|congress|presidium|party|central committee|council of ministers|board|commission)|(?:security council|cabinet|government|parliamentary|plenary|party|board) (?:meeting|session|sitting)|chaired (?:a|the) (?:meeting|session)|operational meeting|(?:addressed|told|convened) (?:the )?(?:parliament|lawmakers|legislators|deputies|senators|congress|the nation|citizens))\b/i;

export const NEGATED = /\b(?:(?:is|are|was|were|remains?|seems?) (?:\w+ )?(?:unlikely|uncertain|doubtful|off the table|not on the table)|would have (?:included|met|held|been)|(?:is|are|was|were) not (?:planning|going|scheduled|expected|due)|(?:there (?:is|are|was|were|will be|has been|have been) )no (?:\w+ )?(?:plans?|meeting|talks|call|conversation|contact|visit)s?|has not (?:yet )?been (?:fixed|set|scheduled|agreed)|(?:is|are) (?:still )?being (?:negotiated|discussed|considered|worked out)|not (?:yet )?(?:known|clear|decided) (?:when|whether|if)|could not|couldn't|cannot|can't|cancels?|calls? off|no (?:immediate )?(?:plans?|preparations?)|(?:right|proper) time for|did not|didn't|does not|doesn't|won't|will not|would not|refused to|declined to|no plans? (?:to|for)|not (?:be )?planned|no meeting|no (?:\w+ )?(?:call|meeting|talks|visit|conversation)s? (?:\w+ )?(?:scheduled|planned)|not meet|ruled out|cancell?ed|called off|postponed|snubbed|avoided|without meeting|skipped|boycotted|stayed away)\b/i;

/** A meeting only possible: "could meet", "may also hold talks", "is likely to visit". Dropped, not planned. */
export const HEDGED_MEET = /\b(?:could|may|might|possibly|perhaps|(?:is|are) (?:also )?likely to)\s+(?:also\s+|still\s+|yet\s+|even\s+)?(?:meet|hold (?:[\w-]+ ){0,2}?(?:talks|meetings?)|visit|speak (?:with|to)|talk (?:with|to)|sit down)\b/i;


/** An invitation and the rest of its clause ("invited him to visit India"). */
export const INVITATION_CLAUSE = /\binvit(?:ed|es|ing|ation)\b[^.;]*/gi;

/** Headlines: "Modi to visit Russia", "Leaders set to meet". */
export const HEADLINE_FUTURE = /\bto (?:visit|meet|hold talks|hold|travel|host|receive|make (?:a |an |his |her |their |first )?(?:\w+ )?(?:visit|trip)|pay (?:a |an )?(?:\w+ )?visit|attend|call on|sit down)\b/i;

/**
 * A different, earlier encounter recalled in the article. Without the `u` flag on purpose:
 * V8 runs this case-insensitive pattern some 25 times slower in Unicode mode, which made it a
 * fifth of all extraction time. `[a-z\u00C0-\u024F]` stands for a name's first letter (with
 * `i`, either case), as `\p{Lu}` did under `iu`.
 */
export const RECALLED = /\b(?:last|previous|previously|earlier|prior|former) (?:met|meeting|meetings|talks|visit|visits|summit|encounter|call|conversation|contact)\b|\bfirst met\b|\bhad (?:previously |already |last |also |earlier )?(?:met|spoken|visited|held talks|talked|been (?:in|to))\b|\b(?:have|has) (?:previously|already) (?:met|spoken|visited|held talks|talked)\b|\bsince (?:[a-z\u00C0-\u024F]\w+'s |his |her |their )(?:\w+ )?(?:visit|trip|meeting|talks|summit) (?:to|in|at)\b|\blast (?:met|spoke|visited|talked|held|hosted|saw|travell?ed)\b|\bmet (?:last|previously|earlier|before)\b|\bprevious(?:ly)?\b|\bwhen (?:they|the two|he|she) (?:last )?(?:met|visited|spoke)\b|\b(?:the|their|his|her) (?:meeting|talks|visit|call) in (?:19|20)\d\d\b/i;

/** Plural references to the parties: fill participants from the main encounter. */
export const PLURAL_PARTIES = /\b(?:they|their|them|the two|both|the leaders|the presidents|the ministers|the sides|the parties|each other|counterparts|the heads of state|the delegations)\b/i;

/** Cues that a sentence reports a new, separate encounter. */
export const SEPARATE = /\b(?:also (?:met|held|spoke|had|received|hosted)|^\W*also\b[^.;]{0,40}?\b(?:met|received|hosted|held talks)\b|separately|in a separate|later (?:met|held|spoke)|then (?:met|held)|another meeting|a separate|separate (?:bilateral |one-on-one )?(?:talks|meetings?|discussions))\b/i;

/** The meeting noun after a possessive that makes the possessor a party ("Aliyev's visit"). */
export const MEETING_NOUNS = new Set(['visit', 'meeting', 'talks', 'call', 'trip', 'conversation', 'counterpart', 'guest', 'host', 'invitation', 'arrival', 'delegation', 'tour', 'summit']);

/** Negotiation rather than consultation (CAMEO 046). */
export const NEGOTIATION = /\b(?:negotiat\w*|peace talks|bargain\w*|round of talks)\b/i;

/**
 * Hedged topics of a held meeting: the discussion itself is in doubt ("are expected to feature",
 * "likely to touch on", "will discuss"). A modal about the content ("said a deal would come into
 * force", "Turkey could provide a framework") reports what was said, so it is not a hedge.
 */
export const HEDGE_HELD = /\b(?:expected to|likely to|set to|poised to|anticipated|probably|unclear whether|may|might|(?:will|would|could|are to|is to|hope to|plans? to) (?:also )?(?:discuss|focus|touch|address|raise (?:the|concerns|issues?)|cover|review|feature|dominate|top|be (?:discussed|raised|covered|on the agenda)))\b/i;


/** A sentence that reports what the meeting covered. */
export const TOPIC_CUE = /\b(?:discuss\w*|(?:talks|meeting|call|conversation|negotiations|consultations|visit) (?:on|about|over|regarding|focused|centred|centered|covered|dealt)\b|agenda|touch(?:ed)? (?:up)?on|focus\w* on|centred on|centered on|exchanged views|exchange of views|covered|addressed|raised|reviewed|agreed|signed|cooperation (?:in|on)|topics?|issues?|expected to feature|feature|deliberat\w*|consult\w*|talked about|spoke about|matters|memorand\w*|agreements?|deals?|noted|stressed|emphasi[sz]ed|thanked|welcomed|praised|pledged|explored|attention (?:was |is |will be )?(?:paid|given) to|reiterated|reaffirmed|expressed|urged|called for|proposed|denounced|condemned|favou?red|underlined|underscored|(?:shared|common|mutual) interests?|common ground|(?:would|will|to|agreed to) (?:also )?(?:speed up|step up|expand|boost|deepen|develop|strengthen|increase|launch|resume|work (?:together )?on))\b/i;

/** Content reported without naming who spoke: "particular attention was paid to", "were also discussed". */
export const PASSIVE_CONTENT = /\b(?:(?:likely|expected|set) to (?:dominate|feature|top|figure|be (?:discussed|raised|on the agenda)|come up)|(?:dominate[sd]?|top(?:ped|s)?) the (?:talks|agenda|discussions|meeting)|under the (?:joint )?(?:declaration|agreement|deal|treaty|accord|memorandum|roadmap)|attention (?:was |is |will be )?(?:paid|given) to|(?:was|were|is|are) (?:also )?(?:discussed|raised|reviewed|addressed|on the agenda|covered)|on the agenda|the agenda (?:included|covered))\b/i;

/** A meeting of its own in the future: a future auxiliary governing a meeting verb. */
export const FUTURE_MEET = /\blooks? forward to (?:meeting|welcoming|hosting|receiving|visiting|seeing)\b|\b(?:will|shall|'ll|would|is to|are to|(?:is|are) also to|will be|plans? to|planning to|intends? to|hopes? to|(?:is|are|was|were) (?:also )?(?:expected|scheduled|set|due|slated|planning|going|poised|invited|likely) to)\s+(?:\w+\s+){0,3}?(?:meet|visit|hold (?:[\w-]+ ){0,3}?(?:talks|meetings?|summit|consultations|negotiations|phone|call|video|bilateral)|travel|host|receive|pay (?:a|an|his|her|their)|make (?:a|an|his|her|their)|have (?:a|talks)|attend|go to|fly to|come to|be received|sit down|speak|talk|call on)\b|\b(?:upcoming|forthcoming|planned|expected|scheduled|next) (?:\w+ ){0,2}?(?:visit|meeting|talks|summit|trip)\b|\b(?:visit|meeting|talks|summit|trip) (?:is|are|was|were) (?:scheduled|planned|expected|set)\b|\bwill be held\b|\bagreed to (?:meet|hold|visit)\b|\binvit(?:ed|ation|es)\b.{0,60}?\bto (?:visit|attend|come|travel|pay)\b|\bannounced .{0,40}?(?:meeting|visit|talks|summit)\b.{0,30}?\b(?:will|would|next|is scheduled)\b|\bbefore (?:flying|travell?ing|heading|going|leaving|moving) (?:on )?to\b.{0,60}?\b(?:talks|summit|meeting|visit)\b|\bprepar\w* for\b(?!.{0,40}?\b(?:meeting|summit|session|conference|forum) of the\b).{0,40}?\b(?:visit|meeting|summit|talks|trip)\b|\b(?:visit|meeting|summit|talks|trip)\b.{0,60}?\b(?:later this (?:year|month|week)|next (?:year|month|week)|in the coming (?:days|weeks|months)|soon)\b/i;

/** In-person wording. */
export const IN_PERSON = /\b(?:visit\w*|arriv\w*|travell?(?:ed|ing|s)? to|hosted|hosts|hosting|received|receives|welcomed|welcomes|greeted|face-to-face|in person|in-person|one-on-one|tete-a-tete|tête-à-tête|sat down|shook hands|trip to|tour of)\b/i;

/** Past tense of meeting verbs (for telling recalled meetings by their date). */
export const PAST_MEET = /\b(?:met|visited|held|hosted|received|spoke|talked|had)\b/i;

/** Verbs of saying: a mention right before one reports rather than meets (in that sentence). */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'stated', 'announced', 'noted', 'added', 'wrote', 'confirmed', 'stressed', 'explained', 'recalled', 'remarked', 'commented', 'insisted', 'argued', 'claimed', 'quoted', 'reported', 'posted', 'tweeted']);

/** "invited Xi to Moscow": an invitation to a named place (case matters, so no /i). */
export const INVITE_TO_PLACE = /\b[Ii]nvit(?:ed|es|ation)\b[^.;]{0,50}?\bto (?:the )?\p{Lu}/u;

/** A summit described ("The SCO summit, hosted by ..., brings together"): not a meeting of its own. */
export const SUMMIT_DESCRIPTION = /\b(?:summit|forum|conference|gathering|assembly|games|congress)\b[^.]{0,30}\b(?:hosted|chaired|opened|presided over) by\b|\bbrings? together\b/i;

/** Delegation members and other attendees: named, but not parties of the talks. */
export const ATTENDANCE = /\b(?:also (?:attended|took part|participated|joined)|(?:were|was) also (?:attended by|present)|(?:were|was) present|attended (?:the|their) (?:talks|meeting|negotiations|session|call)|accompan(?:ied|ying)|(?:part|members?) of (?:the|his|her) (?:\w+ )?delegation|delegation (?:included|comprised|consisted)|(?:talks|negotiations) (?:led|headed) by)\b/i;

/** A meeting verb that makes a sentence report a meeting even when attendees are listed. */
export const STRONG_MEET = /\b(?:met|meets|(?:held|hold|holds) (?:[\w-]+ ){0,2}?talks|received|receives|hosted|spoke (?:with|by|on)|visited)\b/i;
