package app.briefingpack.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;
import app.briefingpack.model.Point;
import app.briefingpack.model.SentenceRole;

/**
 * The argument analysis on short texts written for these tests (not taken from any corpus): whose
 * view the thesis is, what never becomes a thesis or key point, roles, and news reports.
 */
class ArgumentShapeAnalysisTest {

    private static Briefing analyse(String body) {
        return new Analyser().analyse(TestArticles.of("test.txt", Metadata.empty(), body));
    }

    @Test
    void theThesisIsTheAuthorsPositionNotTheViewReportedBeforeIt() {
        Briefing b = analyse("""
                Cities everywhere are debating what to do with their old zoos. Some people think that zoos should be \
                closed for good. I firmly believe that well-run zoos should stay open because they protect rare species.

                Firstly, zoos breed animals that are close to extinction. For example, the Arabian oryx survived only \
                because zoos kept a herd. Therefore, closing zoos would put such species at risk.

                Critics argue that cages are cruel. However, modern enclosures give animals far more room than before.

                In conclusion, zoos should be reformed rather than closed.
                """);
        assertThat(b.thesis()).startsWith("I firmly believe that well-run zoos should stay open");
        assertThat(b.isNewsReport()).isFalse();
        assertThat(b.sentences()).filteredOn(s -> s.text().startsWith("Some people think")).extracting(s -> s.role())
                .containsExactly(SentenceRole.COUNTERPOINT);
        assertThat(b.sentences()).filteredOn(s -> s.text().startsWith("For example")).singleElement()
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo(SentenceRole.EVIDENCE);
                    assertThat(s.evidence()).isEqualTo("example");
                });
        // The critics' view is a key point only with whose it is and the author's answer.
        assertThat(b.keyPoints()).extracting(Point::text)
                .noneMatch(t -> t.startsWith("Cages"))
                .contains("Closing zoos would put such species at risk.",
                        "Critics argue that cages are cruel. However, modern enclosures give animals far more room than before.");
        assertThat(b.keyPoints()).extracting(Point::paragraph).isSorted();
    }

    @Test
    void aParagraphsPointIsTheAuthorsOwnStatementAndARebuttalKeepsWhoseViewItAnswers() {
        Briefing b = analyse("""
                Many towns are deciding whether to keep their public libraries open on Sundays. I strongly believe \
                that libraries should open every day of the week.

                However, I think a library is more than a place to borrow books. Students without a quiet room at home \
                come to study there. As a result, they finish their homework on time.

                On the other hand, some people are concerned that Sunday opening costs too much money. They point out \
                that staff must be paid extra at weekends. But I would argue that volunteers can cover most Sunday shifts.

                In conclusion, a library that is open every day serves everyone in the town.
                """);
        assertThat(b.keyPoints()).extracting(Point::text).contains(
                "I think a library is more than a place to borrow books.",
                "Some people are concerned that Sunday opening costs too much money. "
                        + "But I would argue that volunteers can cover most Sunday shifts.");
        assertThat(b.keyPoints()).extracting(Point::text)
                .noneMatch(t -> t.startsWith("Sunday opening") || t.startsWith("Staff must"));
        assertThat(b.keyPoints()).extracting(Point::paragraph).isSorted();
    }

    @Test
    void anIntroductionThatAgreesWithAReportedViewGivesTheViewAndTheAgreementAsOnePoint() {
        Briefing b = analyse("""
                Homework takes up more of children's evenings than ever. Some people believe that primary schools \
                should stop setting homework altogether. I tend to agree with this view.

                Firstly, young children learn more from play than from worksheets. Children who play outside build \
                friendships and solve problems together.

                Secondly, tired pupils learn less the next day. A teacher in my town noticed that pupils without \
                homework were more alert in the morning.

                To sum up, I am convinced that primary schools should replace homework with reading for pleasure.
                """);
        assertThat(b.thesis()).startsWith("To sum up, I am convinced");
        assertThat(b.keyPoints().get(0).text()).isEqualTo(
                "Some people believe that primary schools should stop setting homework altogether. I tend to agree with this view.");
        assertThat(b.keyPoints()).extracting(Point::paragraph).isSorted();
    }

    @Test
    void aPositionThatOnlyPointsAtTheProposalLeavesTheThesisToTheConclusionsStatement() {
        Briefing b = analyse("""
                Cities spend large sums on stadiums and concert halls. Recently, some people argue that councils should \
                spend more on clinics and schools instead. As far as I am concerned, this proposal is beneficial to society.

                Firstly, clinics serve every resident, while a stadium serves only its fans. A town with a good clinic \
                catches illnesses early.

                Secondly, schools repay their cost many times over. Pupils who learn well earn more and pay more taxes.

                To summarise, I strongly agree that councils should spend more on clinics and schools than on stadiums.
                """);
        assertThat(b.thesis()).startsWith("To summarise, I strongly agree that councils should spend more on clinics");
        assertThat(b.keyPoints().get(0).text()).startsWith("Recently, some people argue that councils should spend more")
                .endsWith("As far as I am concerned, this proposal is beneficial to society.");
    }

    @Test
    void aNewsReportGetsItsLedeAndNoInventedThesis() {
        Briefing b = analyse("""
                By Hannah Okafor | Photographs by Lee Chan

                The county council voted on Tuesday to close the Elm Street bridge for repairs from 10 p.m. Friday, \
                officials said.

                Gov. Maria Lopez said the state would pay for half of the work. "We cannot wait any longer," she told reporters.

                Traffic will be diverted through Mill Road, according to the highways department.
                """);
        assertThat(b.thesis()).isNull();
        assertThat(b.isNewsReport()).isTrue();
        assertThat(b.lede()).startsWith("The county council voted on Tuesday").endsWith("officials said.");
        assertThat(b.keyPoints()).extracting(Point::text).noneMatch(t -> t.startsWith("By Hannah"));
        assertThat(b.sentences()).filteredOn(s -> s.text().startsWith("Gov. Maria Lopez")).singleElement()
                .satisfies(s -> assertThat(s.role()).isEqualTo(SentenceRole.EVIDENCE));
        assertThat(b.questions()).hasSizeBetween(1, 6).first()
                .satisfies(q -> assertThat(q.answer()).contains(b.lede()));
    }

    @Test
    void headingsAndCaptionsAreNeverTheThesisOrAKeyPoint() {
        Briefing b = analyse("""
                Why the four-day week works

                We should move every council office to a four-day week. Staff who work four longer days take fewer \
                sick days and get more done.

                The evidence

                A trial in 2023 found that sick days fell by a third. Managers reported no loss of output.

                Photo: council staff at their desks

                It is time for the council to act.
                """);
        assertThat(b.thesis()).isEqualTo("We should move every council office to a four-day week.");
        List<String> points = b.keyPoints().stream().map(Point::text).toList();
        assertThat(points).noneMatch(t -> t.startsWith("The evidence") || t.startsWith("Photo") || t.startsWith("Why the"));
    }

    @Test
    void aTeachersCorrectedThesisReachesTheQuestionsAndTheirAnswerKey() {
        Briefing b = analyse("""
                I believe schools should teach cooking. It is a skill for life.

                Firstly, pupils who cook eat better. A 2019 survey found that 40 percent of them ate more vegetables.

                In conclusion, schools should teach cooking.
                """);
        Briefing corrected = app.briefingpack.corrections.BriefCorrections
                .parse("thesis: Every school should teach pupils to cook.", "test.brief.yaml").applyTo(b);
        assertThat(corrected.thesis()).isEqualTo("Every school should teach pupils to cook.");
        assertThat(corrected.questions()).isNotEmpty();
        assertThat(corrected.questions().get(0).answer()).contains("Every school should teach pupils to cook.");
        assertThat(b.questions().get(0).answer()).doesNotContain("Every school");
    }

    @Test
    void shortenedKeyPointsStayWholeClauses() {
        Briefing b = analyse("""
                I believe schools should teach cooking. It is a skill for life.

                Moreover, cooking lessons let teachers pinpoint the weaknesses of each student and, therefore, help \
                them, making lessons fairer.

                In conclusion, schools should teach cooking.
                """);
        assertThat(b.keyPoints()).extracting(Point::text).allSatisfy(t -> {
            assertThat(t).doesNotEndWith("and.").doesNotEndWith("therefore.").doesNotContain(", ,").endsWith(".");
            assertThat(Character.isUpperCase(t.charAt(0))).isTrue();
        });
    }

    @Test
    void theReasonsAfterTheThesisAreAPointAndNeitherASignpostNorAConclusionsAfterthoughtIs() {
        Briefing b = analyse("""
                Many families now eat ready meals most evenings. I believe that every secondary school should teach \
                pupils to cook. Pupils who can cook eat more healthily and spend less money on food.

                First of all, cooking at home is far cheaper than buying prepared meals. A pot of soup costs less than a \
                single ready meal and feeds a family for two days.

                However, there are also drawbacks. Cooking classes need kitchens, and many small schools have none.

                In conclusion, schools that teach cooking give pupils a skill for life. In addition, the council should \
                pay for the equipment that small schools lack.
                """);
        assertThat(b.thesis()).startsWith("I believe that every secondary school should teach pupils to cook");
        assertThat(b.keyPoints()).extracting(Point::text)
                .startsWith("Pupils who can cook eat more healthily and spend less money on food.")
                // "First of all" goes whole, never leaving "Of all, …" behind.
                .contains("Cooking at home is far cheaper than buying prepared meals.",
                        "Schools that teach cooking give pupils a skill for life.",
                        // A signpost names what comes next: the point is the sentence after it.
                        "Cooking classes need kitchens, and many small schools have none.")
                .noneMatch(t -> t.contains("pay for the equipment") || t.contains("drawbacks"));
        assertThat(b.sentences()).filteredOn(s -> s.text().startsWith("Pupils who can cook")).extracting(s -> s.role())
                .containsExactly(SentenceRole.CLAIM);
    }

    @Test
    void aConcessionIsAPointOnlyWithTheAuthorsAnswer() {
        Briefing b = analyse("""
                Cities are arguing about whether to ban cars from their centres. I firmly believe that city centres \
                should be free of cars.

                Admittedly, shop owners may lose some customers at first. Also, delivery vans will need new routes. Yet \
                streets without cars draw more people on foot, and people on foot spend more in local shops.

                Of course, some drivers worry about where to park. The council could build car parks at the edge of town \
                with buses into the centre.

                It is true that some older people find it harder to walk long distances. For example, many of them drive \
                into town for every errand.

                Moreover, clean air saves lives. Fewer cars mean fewer children with asthma.

                In conclusion, a centre without cars is healthier and busier.
                """);
        List<String> points = b.keyPoints().stream().map(Point::text).toList();
        // The concession runs over two sentences before the author's "Yet": one point, both sides.
        assertThat(points).contains("Admittedly, shop owners may lose some customers at first. Yet streets without cars "
                        + "draw more people on foot, and people on foot spend more in local shops.",
                // Without a turn word, the statement right after the concession is the author's word on it.
                "Of course, some drivers worry about where to park. The council could build car parks at the edge of "
                        + "town with buses into the centre.");
        // A concession followed only by an example is never answered: alone it would read as the author's claim.
        assertThat(points).noneMatch(t -> t.contains("older people") || t.contains("every errand"));
        assertThat(b.keyPoints()).extracting(Point::paragraph).isSorted();
    }
}
