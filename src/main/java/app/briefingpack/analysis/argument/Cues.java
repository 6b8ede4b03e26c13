package app.briefingpack.analysis.argument;

import java.util.regex.Pattern;

/**
 * The discourse cues the argument analysis reads, in one place. Each is a surface pattern a
 * reader uses too: who is speaking ("I believe"), what the sentence does ("For example",
 * "Therefore") and whose view it is ("Some people think").
 */
final class Cues {

    private Cues() {
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The author states a position of their own. */
    static final Pattern STANCE = ci("\\b(?:I|we)\\s+(?:(?:do|would|still|strongly|firmly|truly|completely|totally|"
            + "personally|really|absolutely|fully|also|certainly)\\s+)*(?:believe|think|agree|disagree|contend|argue|maintain|"
            + "feel|suggest|reckon|support|hold|am convinced|am certain|am sure|am inclined|am in favou?r|tend to|would say|"
            + "would state|would conclude|conclude|affirm|reaffirm|insist)\\b"
            + "|\\bin my (?:personal )?(?:opinion|view|mind|belief)\\b|\\bmy (?:personal )?(?:opinion|view|belief|position) is\\b"
            + "|\\bit is my (?:personal )?(?:belief|opinion|view)\\b|\\bfrom my (?:point of view|perspective|prospective|standpoint)\\b"
            + "|\\bas far as I am concerned\\b|\\bto my mind\\b|\\bpersonally\\b|\\bI am (?:totally |fully |firmly )?convinced\\b"
            + "|\\bfor me,|\\bin my essay\\b(?!,? I will)|\\bI would rather\\b|\\bI (?:do )?not (?:think|believe|agree)\\b"
            + "|\\bit (?:does not seem unreasonable|seems reasonable|is reasonable|is fair|is safe) to (?:suggest|say|argue|conclude)\\b");
    /** A recommendation: what should happen. */
    static final Pattern RECOMMEND = ci("\\b(?:should|must|ought to|need to|needs to|have to|has to|it is (?:now )?time|"
            + "the time (?:to|for)|the only way|we call|it is (?:essential|crucial|vital|necessary|important|sensible) (?:to|that))\\b");
    /** A verdict or evaluation written as a general truth. */
    static final Pattern EVALUATE = ci("\\b(?:better|worse|more (?:important|beneficial|effective|essential)|outweighs?|"
            + "advantages?|disadvantages?|benefits?|beneficial|harmful|essential|crucial|vital|necessary|important|"
            + "clearly|undoubtedly|certainly|obviously|surely|definitely|no doubt|undeniable|indispensable|wrong|right)\\b");
    /** Someone else's view, reported to be answered: "Some people think …", "Critics argue …". */
    static final Pattern REPORTED_VIEW = ci("^(?:[A-Z][a-z]+(?:\\s+[a-z]+){0,3},\\s+)?(?:(?:while|although|though|whereas)\\s+)?(?:some|many|most|other|"
            + "several|a (?:lot|number|few) of|a vast number of|a great number of)?\\s*(?:people|persons|individuals|critics|"
            + "opponents|supporters|proponents|advocates|sceptics|skeptics|detractors|parents|experts|others|some|many|"
            + "those who [^,]+|people who [^,]+)\\b[^.]{0,60}?\\b(?:think|thought|believe|believed|argue|argued|claim|claimed|"
            + "say|said|feel|felt|insist|contend|hold|maintain|assert|state|consider|deem|suggest|point out|prefer|are "
            + "(?:worried|concerned|against)|hold the (?:opinion|view))\\b"
            + "|^it is (?:often |commonly |widely |always |generally )?(?:said|argued|believed|thought|claimed) that\\b"
            + "|^they (?:further |also )?(?:point out|argue|claim|believe|contend|insist|maintain|think)\\b"
            + "|\\b(?:some|many|other) people (?:think|believe|argue|claim|say|feel)\\b|\\bothers? (?:think|believe|argue|claim|say|disagree)\\b");
    /** The author turns to the other side: the sentence concedes. */
    static final Pattern CONCEDE = ci("^(?:admittedly|granted|of course|to be sure|it is true that|true,|it is undeniable that|"
            + "undoubtedly, some|on the other hand, (?:some|many|opponents|critics)|nevertheless, (?:some|opponents|supporters|"
            + "critics)|(?:some|many) (?:people|critics|opponents) may (?:argue|say|claim)|opponents|critics|supporters|proponents|"
            + "those who (?:oppose|support|advocate))\\b");
    /** The essay announces its plan rather than a position. */
    static final Pattern PLAN = ci("\\b(?:in this essay|this essay will|the (?:purpose|aim|goal) of this (?:essay|article|piece) is|in the following|I will (?:discuss|analy[sz]e|explain|"
            + "give|mention|explore|examine|describe|outline|start)|I would like to (?:discuss|analy[sz]e|explain|explore)|"
            + "will be (?:discussed|described|explained|analy[sz]ed|proven|proved)|for (?:the )?following reasons|"
            + "(?:several|some|the following) reasons (?:will|are)|as following|as follows|the following reasons)\\b");
    /** The conclusion opens. */
    static final Pattern CONCLUDE = ci("^(?:in conclusion|to conclude|to sum up|to summari[sz]e|in summary|in short|in sum|"
            + "overall|all (?:things|in all)|by way of conclusion|as a conclusion|in the conclusion|to put it (?:in a nutshell|"
            + "simply)|thus,? I|therefore,? I|from what has been discussed|all things considered|taking everything)\\b");
    /** A conclusion drawn from what came before. */
    static final Pattern THEREFORE = ci("^(?:therefore|thus|hence|consequently|so|as a result|accordingly|that is why|this is why|"
            + "for (?:this|these) reasons?|(?:that|this) is the (?:main )?reason|in this way|in short|in other words|this (?:clearly )?(?:shows|means|proves|makes it clear)|"
            + "it is (?:clear|obvious|evident) that|clearly|obviously|undoubtedly)\\b|\\b(?:therefore|thus|hence),");
    /** A new argument opens: "First", "Another reason", "Moreover". */
    static final Pattern OPENS_ARGUMENT = ci("^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|last but not least|"
            + "last,? but not least|first of all|to begin with|to start with|in the first place|in the second place|"
            + "first and foremost|another|moreover|furthermore|in addition|additionally|besides|also|on the other hand|"
            + "one (?:of the )?(?:main|major|primary|other)? ?(?:reason|advantage|benefit|disadvantage|problem))\\b");
    /** An example or anecdote. */
    static final Pattern EXAMPLE = ci("\\b(?:for (?:example|instance)|such as|take [^,]{1,40} (?:for example|as an example|for instance)|"
            + "a (?:good|typical|clear) example|to illustrate|e\\.g\\.|in my (?:country|city|university|school|experience|family)|"
            + "when I was|my (?:friend|cousin|brother|sister|father|mother|neighbou?r))\\b");
    /** A study, survey, report or data: evidence from research. */
    static final Pattern REPORT = ci("\\b(?:according to|research(?:ers)?|stud(?:y|ies)|survey|statistics?|report(?:s|ed)?|"
            + "data|evidence|scientists|experts|it has been proven|has (?:shown|found)|have (?:shown|found)|indications? that)\\b");
    /** Numbers that make a statistic. */
    static final Pattern STATISTIC = ci("\\d+(?:[.,]\\d+)?\\s*(?:%|percent|per cent|million|billion|thousand)|\\$\\s*\\d");
    /** A quotation or testimony. */
    static final Pattern QUOTATION = Pattern.compile("[\"“][^\"”]{12,}[\"”]|\\b(?:said|says|told|stated|explained|wrote)\\b");
    /** Reported speech in a news report: "…, the minister said." */
    static final Pattern ATTRIBUTION = ci("\\b(?:said|says|told|according to|announced|reported|stated|added|declined to comment)\\b");
    /**
     * A signpost: the sentence names what comes next and claims nothing ("However, there are also
     * disadvantages.", "Another problem is about techniques.", "Its critics have several reasons.").
     */
    static final Pattern SIGNPOST = ci("^(?:[A-Za-z]+(?: [a-z]+){0,3},\\s+)?(?:there (?:are|is|exist) (?:also )?(?:(?:many|some|several|"
            + "various|other|certain|two|three|a few|a number of) )?(?:\\w+ )?(?:advantages|disadvantages|benefits|drawbacks|"
            + "reasons|factors|problems|issues|aspects|sides|ways|points|arguments|merits|demerits)\\b"
            + "|[^,]{0,40}\\b(?:is|are) about \\w+(?: \\w+)?\\W*$"
            + "|[^,]{0,60}\\b(?:have|has) (?:several|many|some|various|a number of|their) reasons\\W*$)");
    /** A byline, photo credit, dateline or caption line, never an argument. */
    static final Pattern BYLINE = ci("^(?:by(?! way of)|photographs? by|photo(?:graph)?s?:|credit:|image:|illustration by|reporting by|"
            + "additional reporting|edited by|posted|updated|published)\\b");
}
