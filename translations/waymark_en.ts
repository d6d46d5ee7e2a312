<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+37"/>
        <source>Waymark: a gateway review of local safeguards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waymark files to import and open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waymark cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in question bank is damaged:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
    <message>
        <location filename="../app/gui/printing/ReportFileDialog.cpp" line="+12"/>
        <source>PDF, tagged for screen readers (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page, accessible (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text, to edit in Word or LibreOffice (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportGlossary</name>
    <message>
        <location filename="../core/report/ReportGlossary.cpp" line="+39"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../render/layout/FlowBuilder.cpp" line="+209"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/layout/Paginator.cpp" line="+168"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/ReportRenderer.cpp" line="+147"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finish the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not add the document information to the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../render/html/HtmlReportWriter.cpp" line="+470"/>
        <location filename="../render/odt/OdtReportWriter.cpp" line="+410"/>
        <source>Section scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewComposer</name>
    <message>
        <location filename="../core/report/ReviewComposer.cpp" line="+77"/>
        <source>Authority not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+157"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+111"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 (answered against version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gateway: %1. No statutory gate applies to this role, so nothing can fail the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway: %1. Every statutory gate for this role is fully or mostly met, or does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. No statutory gate has failed, but these gates still need an answer (not answered yet, or Don&apos;t know): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. These statutory gates are rated Not met or Partially met: %2. A duty the law requires is not fully in place, so the overall result is Red whatever the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These gates still need an answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No score yet: no question is rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2 because the gateway is not passed (the score alone would be %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <location line="+43"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-198"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+25"/>
        <source>Gateway review of local safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gateway review of local safeguards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-assessment by the %1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waymark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gateway review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Produced %1 with Waymark %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Overall score %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produced with Waymark %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+85"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+20"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 of %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+421"/>
        <source>Knowledge gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-419"/>
        <source>None: no question is answered Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered Don&apos;t know (see Questions to ask officers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question in the question bank applies to this role, so there is nothing to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section scores out of 100. A section with a failed statutory gate is Red whatever its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+386"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+393"/>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Statutory gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+42"/>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment beside the earlier assessments of the same authority and role, oldest first. Each is scored against the version of the questions it was answered against, under its own law; a question is followed from one version to the next through the question bank&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall score out of 100 in each assessment, with its RAG in words. Where the gateway was not passed, the point says gate failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Section scores in each assessment, and the change from the first score to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question&apos;s rating moved between the first assessment that rated it and the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions no longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions an earlier assessment was asked that the version of this review no longer asks, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it was retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statutory gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statutory gate is a duty the law says must be in place. A gate fails when it is rated Not met or Partially met. The gateway is passed only when no gate fails and every gate has an answer; a gate answered Not applicable neither fails nor leaves the gateway incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No statutory gate applies to the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+46"/>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <location line="+95"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statutory gates for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+206"/>
        <source>Priorities for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-203"/>
        <source>There are no priorities for improvement: no question is rated Not met or Partially met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These are the questions rated Not met or Partially met, most important first: statutory gates first, then questions of higher weight (how much a question counts, from 1 to 3), then the lower rating, then the order of the question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+25"/>
        <location line="+77"/>
        <location line="+147"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Why it comes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statutory gate, weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions to ask officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no knowledge gaps: no question is answered Don&apos;t know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These questions were answered Don&apos;t know. For a member, not knowing is a finding in itself: put each question to officers and ask for the evidence described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How would you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>Note or question for officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question in the question bank applies to this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each question for the role with the answer given, the evidence and notes in the member&apos;s own words, and any actions agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score %1 (%2); %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No score yet: no question in this section is rated; %1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; a statutory gate in this section failed, so the section is Red whatever its score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (statutory gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statutory basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flagged for follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actions have been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every action recorded, in order of the date it is due (actions with no date last), then in the order of the questions they answer to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/report/WorkshopPackComposer.cpp" line="+98"/>
        <source>How the scores work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+242"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question is answered Fully met (3), Mostly met (2), Partially met (1), Not met (0), Don&apos;t know or Not applicable, or left unanswered. Only the four levels from Not met to Fully met are rated and count towards a score. Only the questions for the member&apos;s role count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each question has a weight from 1 to 3. A score is 100 times the sum of weight times rating, divided by the sum of weight times 3, over the rated questions. A section&apos;s score uses the section&apos;s questions; the overall score uses all of them at once (it is not an average of the section scores). With nothing rated there is no score, never a score of 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green at 75 or more, Amber at 50 or more, Red below 50. Every RAG is given in words as well as shown by a pattern, so the review reads the same printed in black and white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some questions are statutory gates: duties the law says must be in place. A gate fails when it is rated Not met or Partially met. The gateway is Not passed if any gate fails; otherwise Incomplete if any gate is unanswered or answered Don&apos;t know; otherwise Passed. A section with a failed gate is Red whatever its score, and so is the overall result when the gateway is not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions answered Don&apos;t know. For a member, not knowing is a finding: these become the questions to ask officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions rated Not met or Partially met, in this order: gates first, then higher weight first, then the lower rating first, then the order of the question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The terms this review uses, in alphabetical order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPrinter</name>
    <message>
        <location filename="../app/gui/printing/ReviewPrinter.cpp" line="+36"/>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreChartPainter</name>
    <message>
        <location filename="../render/chart/ScoreChartPainter.cpp" line="+163"/>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Green: 75 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber: 50 to under 75</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red: under 50, or a gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score: nothing rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2, nothing is rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: score %2, %3 because a statutory gate failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: score %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no sections to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChartPainter</name>
    <message>
        <location filename="../render/chart/TrendChartPainter.cpp" line="+189"/>
        <location line="+23"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no assessments to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, questions %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1: the gateway or the section&apos;s gate was not passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Action</name>
    <message>
        <location filename="../core/assessment/Assessment.cpp" line="+45"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ActionPlanView</name>
    <message>
        <location filename="../app/gui/actionplan/ActionPlanView.cpp" line="+112"/>
        <location line="+11"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row for each action. Use the arrow keys to move, F2 to change a cell, Delete to remove an action. Choose a column heading to sort by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+21"/>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No actions yet. Add one from a question, or here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the chosen action. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the action plan as a file that spreadsheets such as Excel can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Adds a general action to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an action for question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ActionTableModel</name>
    <message>
        <location filename="../app/gui/actionplan/ActionTableModel.cpp" line="+86"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tied to one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nobody named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::AnswerHistoryDialog</name>
    <message>
        <location filename="../app/gui/server/AnswerHistoryDialog.cpp" line="+22"/>
        <source>Earlier versions of the answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every version the council&apos;s server kept, newest first. Choose one and press Enter (Restore) to put it back; Undo takes it away again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versions of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server has no earlier versions of this answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::AssessmentDocument</name>
    <message>
        <location filename="../app/gui/walkthrough/AssessmentDocument.cpp" line="+68"/>
        <source>Edit evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A text can be at most %1 characters long, and this change would make it %2; it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change would put a character in the text that is not text (a NUL, half of a surrogate pair, U+FFFE or U+FFFF); it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::AssessmentStore</name>
    <message>
        <location filename="../core/store/StoreEngine.cpp" line="+13"/>
        <source>The latest backup is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+37"/>
        <source>%1 change time(s) in assessment(s) %2 were more than a day ahead of this computer&apos;s clock, imported from a file written on a computer whose clock was wrong; they are now %3, the time of this repair, so that later changes count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentRecords.cpp" line="+266"/>
        <location line="+69"/>
        <location line="+15"/>
        <source>saving an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+98"/>
        <source>adding an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WorkshopRecords.cpp" line="+45"/>
        <source>There is no workshop %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentRecords.cpp" line="+8"/>
        <source>saving a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-336"/>
        <source>There is no assessment %1 in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+76"/>
        <location filename="../core/store/sqlite/BackupRestore.cpp" line="+89"/>
        <source>No database was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/DatabaseFile.cpp" line="+65"/>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an empty file, not a Waymark database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is on a disk that does not keep file permissions (such as a USB stick formatted as FAT or exFAT, or a network share), so Waymark could not make it private to you: anyone who can read that disk can read the answers in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no Waymark database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Cannot read the database %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Waymark database (it is not a database file at all). Choose a Waymark database, or a new file name to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+35"/>
        <source>%1 is a database, but not a Waymark one. Choose a Waymark database, or a new file name to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Waymark (database version %2; this version understands up to %3). Update Waymark to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is damaged (%2). It has been left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The daily backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>%1 is a database on a server: its backups are the server administrator&apos;s to restore (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-263"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentRecords.cpp" line="+31"/>
        <source>adding an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>listing the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counting the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>reading an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>reading answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>reading the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>saving the assessment&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>deleting an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <source>saving an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-243"/>
        <source>There is no action %1 in assessment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+257"/>
        <location line="+3"/>
        <source>removing an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ImportMerge.cpp" line="+23"/>
        <location line="+14"/>
        <location line="+30"/>
        <location line="+5"/>
        <location line="+19"/>
        <location line="+2"/>
        <source>importing an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WorkshopRecords.cpp" line="+22"/>
        <source>adding a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>listing workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>reading a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>reading a workshop&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>reading the agreed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the assessments in workshop %1 cannot be read with this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/BackupRestore.cpp" line="+15"/>
        <source>it is the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is larger than %1, more than any Waymark database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a database file at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its latest changes are still in %1. Open it in Waymark once, so that they are written into it, then restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write beside %1 to restore it: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full (while restoring %1). Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the restored copy of %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SQLite cannot read it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an empty database, not a Waymark one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a database, but not a Waymark one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was written by a newer version of Waymark (database version %1; this version understands up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot rename %1 to %2 while restoring the backup: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/WorkshopRecords.cpp" line="+11"/>
        <location line="+57"/>
        <location line="+6"/>
        <source>adding a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>removing a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Assessment %1 is not a participant of workshop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+17"/>
        <source>saving an agreed rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>clearing an agreed rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteBackups.cpp" line="+85"/>
        <source>Cannot make the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write a backup in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/BackupRestore.cpp" line="-131"/>
        <source>%1 cannot be restored: %2 %3 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+292"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/DatabaseLock.cpp" line="+18"/>
        <source>%1 is locked by %2, which Waymark can neither read nor remove. If no Waymark has the database open, delete %2 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was locked by %2 (process %3), which is no longer running; Waymark took the lock over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is open in Waymark on another computer, %2 (%3, process %4). Close it there. If Waymark is not running on %2 (say, it crashed), delete the lock file %5 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is open in another Waymark (%2, process %3 on %4). Close it there first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The lock file %1 was empty or could not be read; Waymark took it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1 for changes: Waymark cannot write in the folder %2 (it may be read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/StoreCopy.cpp" line="+27"/>
        <source>Copying stopped at assessment %1 (&quot;%2&quot;); the %3 before it were copied. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::BankLibrary</name>
    <message>
        <location filename="../core/bank/BankLibrary.cpp" line="+99"/>
        <source>This assessment was answered against %1 version %2, which this Waymark does not have; it is shown against version %3, matching questions by their id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The question bank has no jurisdiction %1; the assessment is shown under the law of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::BankLoader</name>
    <message>
        <location filename="../core/bank/BankLoader.cpp" line="+86"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON (column %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the top level must be a JSON object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+127"/>
        <location line="+22"/>
        <location line="+404"/>
        <source>the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-592"/>
        <source>&quot;format&quot; must be &quot;waymark-bank&quot;; this does not look like a Waymark question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;formatVersion&quot; must be a whole number such as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>formatVersion %1 is newer than this version of Waymark understands (%2); update Waymark to use this bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>jurisdiction %1 must be an object { &quot;id&quot;: ..., &quot;title&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jurisdiction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;mapping&quot; must be an object { &quot;from&quot;: ..., &quot;questions&quot;: [ ... ] }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be an object { &quot;from&quot;: ..., &quot;to&quot;: [ ... ] }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;to&quot; must be a list of this bank&apos;s question ids (empty for a retired question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;change&quot; must be &quot;same&quot;, &quot;reworded&quot;, &quot;merged&quot;, &quot;split&quot;, &quot;moved&quot; or &quot;retired&quot;, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 is missing or empty; it must be a list [ ... ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+198"/>
        <location line="+202"/>
        <location line="+38"/>
        <source>%1: %2 must be text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-423"/>
        <source>%1: unknown field %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>role %1 must be an object { &quot;id&quot;: ..., &quot;title&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>section %1 must be an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: question %2 must be an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>question %1 of section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: &quot;levels&quot; is missing; it must describe &quot;fullyMet&quot;, &quot;mostlyMet&quot;, &quot;partiallyMet&quot; and &quot;notMet&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+236"/>
        <source> levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1: &quot;source&quot; is missing; it must name the &quot;seed&quot; document the question comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: &quot;roles&quot; must be a list of role ids, such as [&quot;lead-member&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>but it is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;weight&quot; must be a whole number from 1 to 3, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+135"/>
        <source>%1: &quot;gate&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1: %2 must be a list of ids, such as [&quot;england&quot;, &quot;wales&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+173"/>
        <source>%1: &quot;byJurisdiction&quot; must be an object keyed by jurisdiction id { &quot;wales&quot;: { ... } }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+173"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&quot;translations&quot; must be an object { &quot;cy&quot;: { ... } }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>translations %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1: the language must be a code such as &quot;cy&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object { &quot;title&quot;: ..., &quot;roles&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, jurisdiction %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, question %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, glossary entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 must be an object keyed by id { &quot;...&quot;: { ... } }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+110"/>
        <location line="+63"/>
        <source>%1 must be an object { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1: &quot;levels&quot; must be an object { &quot;fullyMet&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+32"/>
        <source>%1: &quot;aliases&quot; must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>glossary entry %1 must be an object { &quot;term&quot;: ..., &quot;definition&quot;: ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>glossary entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Waymark has no built-in question bank of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than %1, the most a question bank may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::BankValidator</name>
    <message>
        <location filename="../core/bank/BankValidator.cpp" line="+66"/>
        <source>%1 id %2 may use only letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;, and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate role id %1 (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate jurisdiction id %1 (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none; add a &quot;jurisdictions&quot; list to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>question %1: unknown jurisdiction %2 (the bank&apos;s jurisdictions are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question %1: &quot;byJurisdiction&quot; names unknown jurisdiction %2 (the bank&apos;s jurisdictions are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question %1: &quot;byJurisdiction&quot; gives %2, where the question does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question %1: &quot;subject&quot; must be &quot;council&quot;, &quot;partnership&quot; or &quot;organisation&quot;, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the mapping is from version %1, which is this bank&apos;s own version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: question %1 of version %2 is listed twice (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: question %1 is said to become %2, which is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: question %1 is retired, so &quot;to&quot; must be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping: question %1 becomes nothing, so its change must be &quot;retired&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapping: question %1 is split, so &quot;to&quot; must list two or more questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mapping: question %1 is %2, so &quot;to&quot; must list exactly one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate section id %1 (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate question id %1 (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>question %1: unknown role %2 (the bank&apos;s roles are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question %1: role %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question %1 does not list %2 in &quot;roles&quot;; the Lead Member sees every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>question %1: %2 is used in &quot;%3&quot; but is not in the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>glossary: %1 is defined twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>translations %1: role %2 is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>translations %1: section %2 is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>translations %1: jurisdiction %2 is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>translations %1: question %2 is not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>translations %1: question %2 has no &quot;byJurisdiction&quot; %3 to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>translations %1: glossary term %2 is not in the bank (name an entry by its English &quot;term&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>role %1 has no questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::BoundedFile</name>
    <message>
        <location filename="../core/files/BoundedFile.cpp" line="+30"/>
        <source>the file is larger than %1, the most Waymark reads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a file; save what it carries to a file and give that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+27"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Cli</name>
    <message>
        <location filename="../app/cli/BankCommands.cpp" line="+35"/>
        <source>Bank %1, version %2: %3, %4 (%5), %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>%1 section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>%1 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>%1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>%1 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 statutory gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statutory gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>%1 glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+100"/>
        <source>%1 glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>As it applies under the law of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gate, weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show this bank file instead of the built-in bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the bank as it applies under this jurisdiction&apos;s law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+210"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BankCommands.cpp" line="+5"/>
        <source>waymark-cli bank show: unexpected argument &quot;%1&quot;; to show a bank file use --bank FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>waymark-cli bank validate: give exactly one FILE to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a valid question bank (errors: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: valid question bank &quot;%2&quot; (%3, version %4): %5, %6, %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+94"/>
        <source>Usage: waymark-cli COMMAND [OPTIONS]

Waymark: a gateway review of local safeguards for elected members.

Commands:
  --version                      print the version
  --help                         print this help
  bank show [--bank FILE] [--jurisdiction J] [--json]
                                 show the built-in question bank, or FILE, as it
                                 applies under J&apos;s law (england, wales) if given
  bank validate FILE             check a question bank file and list every problem
  list --db DB [--json]          list the assessments in a database
  new --db DB --authority TEXT --respondent TEXT --role ROLE [--title TEXT]
      [--date YYYY-MM-DD] [--jurisdiction england|wales]
                                 start an assessment; prints its id
  new --db DB --from ID [--title TEXT] [--date YYYY-MM-DD]
                                 start the next cycle of an assessment, its
                                 evidence and open actions carried; prints its id
  answer --db DB --assessment ID --question QID
      --rating 0|1|2|3|dont-know|not-applicable|clear [--evidence TEXT] [--note TEXT]
                                 answer one question
  scores --db DB --assessment ID [--json]
                                 scores, RAG, gateway, priorities and gaps
  trend --db DB --authority TEXT --role ROLE [--json]
                                 every assessment of an authority and role, each
                                 scored against its own bank version
  export --db DB --assessment ID --out FILE [--format FORMAT]
                                 write one assessment: exchange (default),
                                 answers-csv or actions-csv
  import --db DB FILE...         import exchange files; prints the ids
  restore --db DB [--backup FILE] [--list]
                                 put back the latest (or a chosen) backup
  report --db DB --assessment ID --out FILE.pdf|FILE.html|FILE.odt
      [--format pdf|html|odt]    an assessment&apos;s gateway review: tagged PDF,
                                 accessible HTML or an editable document
  report --db DB (--all | --assessment ID...) --out-dir DIR [--format F]
                                 one review per assessment, for a pack; prints the files
  workbook --role ROLE --out FILE.pdf|.html|.odt [--format F] [--bank FILE]
      [--jurisdiction J]
                                 a blank paper workbook of the role&apos;s questions
  workshop new --db DB --name TEXT [--authority TEXT] [--date YYYY-MM-DD]
      [--facilitator TEXT] [--jurisdiction J]
                                 set up a workshop; prints its id
  workshop list --db DB [--json] list the workshops
  workshop pack --db DB --workshop ID --member TEXT --role ROLE --out FILE
                                 an answer pack for one member to fill in
  workshop add --db DB --workshop ID [--accept-mismatched] FILE...
                                 gather returned files; prints participant ids
  workshop member --db DB --workshop ID --name TEXT --role ROLE
                                 add a member in the room; prints their id
  workshop spread --db DB --workshop ID [--json]
                                 how members rated each question
  workshop agree --db DB --workshop ID --question QID --rating R [--note TEXT]
                                 record the rating the room agreed
  workshop report --db DB --workshop ID --out FILE.pdf|.html|.odt [--format F]
      [--anonymise] [--member-reviews]
                                 print the workshop pack
  server init --db URI           set Waymark up on a PostgreSQL server
  server grant --db URI --login NAME --as member|facilitator|officer|admin
                                 give a login its Waymark role
  server upgrade --db URI        raise the server&apos;s Waymark data to this version
  server status --db URI [--json]
                                 the server, its Waymark data, and what you may do
  server copy --from FILE --db URI
                                 copy a laptop&apos;s assessments to the server
  history --db URI --assessment ID [--question QID] [--json]
                                 every change of an answer, as the server keeps it

DB is a database file, or a PostgreSQL server as
postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=require] (docs/server.md).
new, import and workshop new create a --db file that does not exist; the other
commands need an existing database. Options are given once each (report&apos;s
--assessment with --out-dir excepted).

Exit codes: 0 success, 1 usage error, 2 invalid input, 3 storage error.
Full reference: docs/cli.md
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>waymark-cli: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/VerbOptions.cpp" line="+91"/>
        <source>Run &apos;waymark-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>--%1 was given more than once; give it once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--db needs the name of a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark-cli %1: --%2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark-cli %1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="-184"/>
        <source>%1 is %2 characters long; the most allowed is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds a NUL character, which no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds half of a UTF-16 surrogate pair, which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds U+FFFE or U+FFFF, which Unicode keeps out of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check the name; &apos;waymark-cli new&apos; or &apos;waymark-cli import&apos; start a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s format: pdf, html or odt (by default the extension of --out says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waymark-cli %1: --format &quot;%2&quot; is not a format; use pdf, html or odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waymark-cli %1: cannot tell the format of %2 from its name; end it in .pdf, .html or .odt, or give --format pdf|html|odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>waymark-cli %1: --rating must be 0, 1, 2, 3, dont-know, not-applicable or clear, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>waymark-cli %1: --assessment must be an assessment id (a whole number from &apos;waymark-cli list&apos;), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Waymark database (created if it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assessment&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>waymark-cli %1: --jurisdiction: the question bank has no jurisdiction &quot;%2&quot;; its jurisdictions are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DataCommands.cpp" line="+22"/>
        <location filename="../app/cli/TrendCommand.cpp" line="+20"/>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No assessments yet. Start one with: waymark-cli new --db %1 --authority TEXT --respondent TEXT --role ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/TrendCommand.cpp" line="+59"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority / member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/TrendCommand.cpp" line="+1"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>assessment %1 is the next cycle of assessment %2, against question bank %3 version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>carried: evidence for %1 question(s), marked to be checked; %2 open action(s) with their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not carried: the ratings; %1 note(s), which stay with assessment %2; %3 done action(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 earlier question(s) no longer asked of this role under this law, left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 carried evidence text(s) were cut to the longest allowed; the earlier assessment keeps them whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waymark-cli %1: --date: &quot;%2&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The council or partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+212"/>
        <source>The member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+2"/>
        <location line="+38"/>
        <source>The member&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title for the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law the assessment is made under (england by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next cycle of this earlier assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waymark-cli new: --%1 cannot be given with --from, which takes it from the earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waymark-cli new: --%1 is required (or --from ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>waymark-cli new: --authority and --respondent must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waymark-cli new: --role: unknown role &quot;%1&quot;; the roles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>waymark-cli answer: --question: question %1 does not apply under the law of %2, which assessment %3 is made under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waymark-cli answer: --question: there is no question &quot;%1&quot; in version %2 of the question bank, which assessment %3 was answered against (see &apos;waymark-cli bank show&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+89"/>
        <source>The question&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+3"/>
        <source>0, 1, 2, 3, dont-know, not-applicable or clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note or question for officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>waymark-cli answer: --question: question %1 does not apply to the role &quot;%2&quot; of assessment %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Assessment %1: %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question bank %1 version %2, under the law of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall: %1 (%2), %3 of %4 answered, %5 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Failed statutory gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorities for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge gaps: questions to ask officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="+19"/>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange (the default), answers-csv or actions-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waymark-cli export: --format must be exchange, answers-csv or actions-csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>waymark-cli export: assessment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark-cli export: assessment %1 was not exported, because Waymark could not import the file; change what is listed above, then export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Waymark database to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup to restore (the latest by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the backups, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no Waymark database at %1, and no backups of one in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waymark-cli restore: there are no backups of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1 from %2; the file it replaced was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: answered against version %2 of the question bank, which this Waymark does not have; questions are matched by id to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="-72"/>
        <source>The Waymark database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="-24"/>
        <source>waymark-cli import: give --db DB and at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>assessment %1 (%2, %3) was already in the database: updated %4 answer(s) that were newer in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessment %1: cleared %2 answer(s) that were cleared in the file after they were last changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="+62"/>
        <source>The assessment&apos;s id; with --out-dir it may be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --out-dir: a review for every assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+41"/>
        <source>The file to write: a .pdf, .html or .odt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Write one file per assessment into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waymark-cli report: give --assessment ID --out FILE.pdf, or --out-dir DIR with --all or one or more --assessment ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>waymark-cli report: cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The role whose questions the workbook holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this question bank file instead of the built-in bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law the workbook&apos;s questions are asked under (england by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>waymark-cli workbook: --role &quot;%1&quot; is not a role of the question bank; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkshopCommands.cpp" line="-361"/>
        <source>The workshop&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waymark-cli %1: --workshop must be a workshop id (a whole number from &apos;waymark-cli workshop list&apos;), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workshop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The council; returned files for another council are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day it is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The law the workshop reviews under (england by default); members&apos; files under another are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>waymark-cli workshop new: --name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waymark-cli workshop new: --date: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Also add files for another council, question bank version or jurisdiction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waymark-cli workshop add: give --db DB, --workshop ID and at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>To add those files anyway, run the same command with --accept-mismatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>waymark-cli workshop member: give a --name and one of the bank&apos;s roles for --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The member the pack is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer pack file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>waymark-cli workshop pack: give a --member name and one of the bank&apos;s roles for --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  DISAGREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any dissent or note to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waymark-cli workshop agree: --question: there is no question &quot;%1&quot; in the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show members as Member A, B, … and name nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add each member&apos;s own review as an appendix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/TrendCommand.cpp" line="-51"/>
        <source>DK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(as %1, before the split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(before the split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend: %1, %2: %3 assessment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions no longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(version %1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The council or partnership (case and spacing aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The members&apos; role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waymark-cli trend: --role: unknown role &quot;%1&quot;; the roles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waymark-cli trend: no assessments of %1 as %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="+21"/>
        <source>The server&apos;s database, as postgresql://USER@HOST/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waymark-cli %1: --db must name a PostgreSQL server (postgresql://USER@HOST/DBNAME), not the file &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>answer and print your own assessments; hand them in to workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run workshops, read the assessments handed in to them, record agreed ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read anonymised totals (groups of five or more): no names, notes or evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read and change every assessment, answer history and workshop, and upgrade the server&apos;s Waymark data (making new logins also needs PostgreSQL&apos;s CREATEROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waymark is set up on %1 (version %2), with the roles waymark_member, waymark_facilitator, waymark_officer and waymark_admin. Give logins their roles with: waymark-cli server grant --db %1 --login NAME --as member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PostgreSQL login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role: member, facilitator, officer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waymark-cli server grant: --as must be member, facilitator, officer or admin, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created the login %1, without a password: set one with psql&apos;s \password %1, or let the server&apos;s own sign-in (Kerberos, certificates) admit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now a Waymark %2: may %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Already at version %1: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded from version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Server:      %1 (PostgreSQL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waymark:     set up, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark:     not set up (waymark-cli server init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your roles:  none: ask the council&apos;s Waymark administrator for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your roles:  %1: may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can see: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The laptop&apos;s database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied %1 assessment(s) to %2: %3 new, %4 with newer answers taken, %5 already up to date (%6 answer(s) and %7 clear(s) taken). Where the server&apos;s answer was newer it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No changes recorded (or none you may read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3 by %4: rating %5 -&gt; %6; evidence &quot;%7&quot; -&gt; &quot;%8&quot;; note &quot;%9&quot; -&gt; &quot;%10&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::CompareView</name>
    <message>
        <location filename="../app/gui/summary/CompareView.cpp" line="+61"/>
        <source>%1, gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Earlier assessment to compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier assessment to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier assessments of the same authority and role, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Versions compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sections then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>RAG earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAG now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections then and now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each section&apos;s score and RAG in the earlier assessment and now, and the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions whose answer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions whose answer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earlier answer, the answer now and whether it is better or worse. Press Enter to open a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer has changed since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The list of assessments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no earlier assessment of the same authority (%1) and role (%2) to compare with. When an earlier one is in this database, for example imported from an exchange file, it is offered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The earlier assessment could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The earlier assessment was answered against version %1 of the questions, this one against version %2. Each is scored against its own version; questions are compared through the mapping between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The earlier assessment was answered against %1 version %2, this one against %3 version %4, and no mapping links them. Each is scored against its own questions; questions are compared by their id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The earlier assessment was made under the law of %1, this one under the law of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overall score: %1 then, %2 now (%3). Gateway: %4 then, %5 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not asked then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::CsvExport</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+11"/>
        <location line="+46"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Question ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ExchangeFile</name>
    <message>
        <location filename="../core/exchange/ExchangeFile.cpp" line="+94"/>
        <location filename="../core/exchange/ExchangeReader.cpp" line="+85"/>
        <source>the file is larger than 16 MiB, the most an exchange file may be; it cannot be a Waymark assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeReader.cpp" line="+15"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not valid UTF-8 text (line %1, column %2); it may be damaged, or saved in another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the top level must be a JSON object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>assessment is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment must be an object { ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>format is missing; this is not a Waymark assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format must be &quot;waymark-assessment&quot;, not %1; this is not a Waymark assessment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>formatVersion is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formatVersion must be a whole number such as 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file was written by a newer version of Waymark (format version %1; this version reads up to %2); update Waymark to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>bank is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank must be an object { &quot;id&quot;: ..., &quot;version&quot;: ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file was answered against the question bank %1, not %2 (the bank in use); import it where that bank is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>uid must be a UUID such as &quot;0f8fad5b-d9cb-469f-a165-70867728950e&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>id must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>role %1 is not a role of the question bank %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>jurisdiction %1 is not one of the question bank %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>each answer must be an object { &quot;question&quot;: ..., ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question %1 is answered twice (also in answers[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>each clear must be an object { &quot;question&quot;: ..., &quot;updated&quot;: ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question %1 is cleared twice (also in cleared[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question %1 is both answered (answers[%2]) and cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>updated is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each action must be an object { &quot;what&quot;: ..., ... }, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>status is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status must be &quot;not-started&quot;, &quot;in-progress&quot; or &quot;done&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a list [ ... ], not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+144"/>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 must be text in quotes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2 characters long; the most allowed is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>question %1 is not in the question bank %2, and is not written as a question id (letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question(s) %1 are not in the question bank %2 (retired from it, or from another version of it): their answers and actions are kept, but count nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question(s) %1 do not apply under the law of %2: their answers and actions are kept, but count nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question(s) %1 do not apply to the role %2: their answers and actions are kept, but count nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rating must be 0, 1, 2, 3, &quot;dont-know&quot; or &quot;not-applicable&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flag must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a date written YYYY-MM-DD, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a date and time with its time zone, such as &quot;2026-11-23T14:05:09.123Z&quot;, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 is in the future, more than 24 hours ahead of this computer&apos;s clock; the computer that wrote the file, or this one, has its clock wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeFile.cpp" line="-42"/>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::FileOperations</name>
    <message>
        <location filename="../app/gui/FileOperations.cpp" line="+37"/>
        <source>Open or create a Waymark database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Waymark files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark files (*.json *.waymark);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 was not imported, and nothing was changed:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Put back the latest backup (%2)? The damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This assessment was not exported, because Waymark could not import the file. Change what is listed here, then export again:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export as a Waymark file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark files (*.json *.waymark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export answers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action-plan.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gateway review - %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the gateway review (PDF, web page or document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gateway review is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Gateway</name>
    <message>
        <location filename="../core/scoring/Scoring.cpp" line="+56"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::GlossaryLabel</name>
    <message>
        <location filename="../app/gui/glossary/GlossaryLabel.cpp" line="+30"/>
        <source>Words underlined are explained in the jargon buster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::GlossaryPanel</name>
    <message>
        <location filename="../app/gui/glossary/GlossaryPanel.cpp" line="+34"/>
        <source>Jargon buster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Search the jargon buster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word to list the terms that mention it. Press Down to move to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a term to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No term mentions &quot;%1&quot;. Try a shorter word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a term to read what it means in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also called: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::HandInDialog</name>
    <message>
        <location filename="../app/gui/server/HandInDialog.cpp" line="+17"/>
        <source>Hand in to a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the workshop to hand this assessment in to. Its facilitator can then read your answers; no other member can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no workshops on the server yet: a facilitator starts one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::JsonDuplicateKey</name>
    <message>
        <location filename="../core/json/JsonScan.cpp" line="+13"/>
        <source>the field %1 appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::JsonStringFault</name>
    <message>
        <location filename="../core/json/JsonStringFault.cpp" line="+76"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is half of a UTF-16 surrogate pair without its other half, so it is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a NUL byte, which no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a NUL character, which no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U+FFFE or U+FFFF, which Unicode keeps out of text and no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is U+FFFE or U+FFFF, which Unicode keeps out of text and no text may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text starts with a byte order mark (U+FEFF) written as it is, which would be lost on reading; write it as \ufeff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::JsonValueText</name>
    <message>
        <location filename="../core/json/JsonValueText.cpp" line="+48"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::LanguageMenu</name>
    <message>
        <location filename="../app/gui/common/LanguageMenu.cpp" line="+14"/>
        <source>Waymark will use this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+67"/>
        <source>Assessment views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jargon buster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answers changed on another computer are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the ne&amp;xt cycle from this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to the council&apos;s database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export answers as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rint preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank &amp;workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier &amp;versions of this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand in to workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ompare with an earlier assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trend across assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Jargon buster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;scoring works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Cannot open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was answered as &quot;%1&quot;, a role this question bank does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+293"/>
        <location line="+17"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Not connected — your answers are kept on this computer and will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cannot start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new assessment for the next cycle of review, from this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new assessment is for the same council, member, role and law, against the latest question bank. Each answer&apos;s evidence is carried forward, marked &quot;%1&quot;, so that you check it still holds. Ratings and notes are not carried: you rate afresh. Open actions are carried with their status for review. This assessment is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Next cycle started: evidence carried for %n question(s), to be checked;</source>
        <translation>
            <numerusform>Next cycle started: evidence carried for %n question, to be checked;</numerusform>
            <numerusform>Next cycle started: evidence carried for %n questions, to be checked;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open action(s) carried for review.</source>
        <translation>
            <numerusform>%n open action carried for review.</numerusform>
            <numerusform>%n open actions carried for review.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not carried, because no longer asked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the earlier assessments for the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway review was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Blank workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which role is the workbook for? Its questions follow the law of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1, %2 (law of %3) - Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>About Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-556"/>
        <source>Export &amp;review as PDF, web page or document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+557"/>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;A gateway review of local safeguards for elected members and non-executives.&lt;/p&gt;&lt;p&gt;Question bank: %2, version %3.&lt;/p&gt;&lt;p&gt;Runs offline; your answers stay on this computer.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waymark: gateway review of local safeguards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::NewAssessmentDialog</name>
    <message>
        <location filename="../app/gui/walkthrough/NewAssessmentDialog.cpp" line="+25"/>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Waymark who is answering and for which council. You can change these details later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Council or partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Borsetshire County Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law the assessment is made under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The questions, the statutory basis of each and the bodies they name follow the law of the country the council is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Cllr Pat Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Council or partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 You will see %2 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the council or partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Too long (at most %1 characters), or holding a character that is not text: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::NextCycle</name>
    <message>
        <location filename="../core/assessment/NextCycle.cpp" line="+53"/>
        <source>From %1 — check it still holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::OfflineJournal</name>
    <message>
        <location filename="../core/store/OfflineJournal.cpp" line="+71"/>
        <source>opening the journal of answers kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>keeping an answer on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the answers kept offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>clearing a sent answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::PostgresEngine</name>
    <message>
        <location filename="../core/store/postgres/PostgresEngine.cpp" line="+54"/>
        <source>This computer&apos;s Waymark cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>reading what the database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>preparing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database &quot;%1&quot; on %2 has not been set up for Waymark. The council&apos;s Waymark administrator sets it up with: waymark-cli server init --db %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Waymark data on %1 is of an older version (%2; this Waymark needs %3). The council&apos;s Waymark administrator raises it with: waymark-cli server upgrade --db %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to %1 was lost (while %2). Nothing from this change was saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waymark does not take backups of a database on a server: the server&apos;s administrator does (pg_dump, point-in-time recovery; docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::QuestionPage</name>
    <message>
        <location filename="../app/gui/walkthrough/QuestionPage.cpp" line="+53"/>
        <source>Statutory gate: the law requires this. Not met or Partially met fails the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet translated: shown in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <source>Why this matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>How would you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How do you know? Your evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do you know? A report, a meeting, a figure, a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note or question to ask officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note, or a question to ask officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the text was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;lag this question for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an &amp;action for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an action for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next unanswered question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evidence: how do you &amp;know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote or question to ask officers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The question and your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Question %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statutory basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not know yet: it becomes a question to ask officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This does not apply to your council.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Rag</name>
    <message>
        <location filename="../core/scoring/Scoring.cpp" line="-32"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Rating</name>
    <message>
        <location filename="../core/assessment/Rating.cpp" line="+71"/>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mostly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::SafeSave</name>
    <message>
        <location filename="../core/files/SafeSave.cpp" line="+264"/>
        <source>Cannot save %1: that would overwrite the database %2 (%3). Nothing was written; choose another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: it is %2, not a regular file, and has been left as it is. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save: no file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is one of the files the database keeps beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is in the database&apos;s backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: it is a symbolic link that leads round in a circle, or through too many other links. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: it is a symbolic link to %2, which does not exist; Waymark does not create files through a link. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something Waymark cannot replace safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is a Waymark database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The disk is full: %1 was not saved (%2). Any file that was there before is unchanged; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was saved, but it could not be made private to you: the disk it is on (a USB stick or a network share, say) does not keep file permissions, so anyone who can use that disk may be able to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Sample</name>
    <message>
        <location filename="../core/assessment/SampleAssessment.cpp" line="+23"/>
        <source>Sample: gateway review of local safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borsetshire County Council (fictional sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cllr Pat Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Seen in the quarterly performance report to Cabinet and discussed with the Director of Children&apos;s Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask officers for the latest figures and who reviews them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ask for the LADO&apos;s annual report to come to scrutiny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrutiny chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the children&apos;s services budget against the needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead Member with the Section 151 officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book safeguarding training for the new intake of councillors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member development officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ScoreChartWidget</name>
    <message>
        <location filename="../app/gui/summary/ScoreChartWidget.cpp" line="+13"/>
        <source>Section scores chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Bar chart of each section&apos;s score from 0 to 100. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ScoringHelpDialog</name>
    <message>
        <location filename="../app/gui/summary/ScoringHelpDialog.cpp" line="+28"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+26"/>
        <source>How scoring works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The scoring rules in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question is answered Fully met (3), Mostly met (2), Partially met (1), Not met (0), Don&apos;t know or Not applicable, or left unanswered. Only the four levels from Not met to Fully met are rated and count towards a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the questions for your role count. The Lead Member answers every question; other roles answer the ones that fit their duties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question has a weight from 1 to 3. A score is 100 times the sum of weight times rating, divided by the sum of weight times 3, over the rated questions. A section&apos;s score uses the section&apos;s questions; the overall score uses all of them at once (it is not an average of the section scores). With nothing rated there is no score, shown as &quot;no score&quot;, never as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green at 75 or more, Amber at 50 or more, Red below 50. The boundaries are exact: 75.0 is Green and 50.0 is Amber. Every RAG is shown as a word as well as a colour, and in the chart with its own pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some questions are statutory gates: duties the law says must be in place. A gate fails when it is rated Not met or Partially met. The gateway is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>if any gate fails;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>otherwise, if any gate is unanswered or answered Don&apos;t know;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>otherwise. A gate answered Not applicable neither fails nor leaves the gateway incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A section with a failed gate is Red whatever its score, and so is the overall result when the gateway is not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knowledge gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered Don&apos;t know. For a member, not knowing is a finding: these become the questions to ask officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered questions (any answer, including Don&apos;t know and Not applicable) out of the questions for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priorities for improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions rated Not met or Partially met, in this order: gates first, then higher weight first, then the lower rating first, then the order of the question bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Server</name>
    <message>
        <location filename="../core/store/postgres/ServerErrors.cpp" line="+48"/>
        <source>The connection to the server was lost (while %1): %2. Nothing from this change was saved on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied (while %1): your login may not do this on the server. Ask the council&apos;s Waymark administrator. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This assessment is already on the server under another member&apos;s login (while %1): only its owner can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s disk is full (while %1). Nothing was changed; tell the council&apos;s IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server only allows reading (while %1): it is a standby copy. Connect to the main server to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server stopped this change because another one met it at the same moment (while %1). Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server reported an error (while %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server %1 did not accept the login &quot;%2&quot;: authentication failed. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 and this computer do not agree on TLS (encryption): %2. The council&apos;s server may require TLS (add ?sslmode=require), or not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 has no database called &quot;%2&quot;. The council&apos;s database administrator creates it (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 has no login called &quot;%2&quot;. Ask the council&apos;s Waymark administrator for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 refused the login &quot;%2&quot; to database &quot;%3&quot;: permission denied (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 did not answer in time. Check the network connection and the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no server called %1 (its name could not be found). Check its name and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the connection: PostgreSQL is not running there, or not on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 is starting or stopping. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 has too many connections open. Try again later, or tell the council&apos;s IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ServerActions</name>
    <message numerus="yes">
        <location filename="../app/gui/server/ServerActions.cpp" line="+31"/>
        <source>Connected again: %n answer(s) typed while not connected reached the server.</source>
        <translation>
            <numerusform>Connected again: %n answer typed while not connected reached the server.</numerusform>
            <numerusform>Connected again: %n answers typed while not connected reached the server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of each answer are kept by the council&apos;s server. This assessment is in a file on this computer, whose earlier states are in its daily backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the answer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand in to workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing in goes through the council&apos;s server (File › Connect to the council&apos;s database…). On this computer, export the assessment as a file (File › Export as a file…) and give the file to the facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed in: the workshop&apos;s facilitator can now read this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>council database %1 on %2, as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ServerAddress</name>
    <message>
        <location filename="../core/store/postgres/ServerAddress.cpp" line="+68"/>
        <source>The server address &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it names no database (the part after the last &quot;/&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the value of &quot;%1&quot; contains &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a connection setting PostgreSQL knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ServerAdmin</name>
    <message>
        <location filename="../core/store/postgres/ServerAdmin.cpp" line="+95"/>
        <source>%1 is already set up for Waymark (version %2). Nothing was changed; to raise its version use: waymark-cli server upgrade --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a Waymark role: use member, facilitator, officer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; cannot be a login: use letters, digits and _ . @ - (up to 63), starting with a letter or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>looking for the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looking for the login&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>granting the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>creating the login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granting %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has not been set up for Waymark: use waymark-cli server init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was set up by a newer Waymark (version %2; this one knows up to %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking your roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a Waymark admin (role waymark_admin) may upgrade %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starting the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the server&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>reading the answer&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ServerConnectDialog</name>
    <message>
        <location filename="../app/gui/server/ServerConnectDialog.cpp" line="+36"/>
        <source>Connect to the council&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your council&apos;s IT team gives you these details. Your answers are then kept on the council&apos;s server instead of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::ServerConnector</name>
    <message>
        <location filename="../app/gui/server/ServerConnector.cpp" line="+46"/>
        <source>The password could not be kept in this computer&apos;s keyring (%1): you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy your assessments to the server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer holds %n assessment(s) in %1. Copy them to the council&apos;s database, so that you can carry on with them there? They stay on this computer as well.</source>
        <translation>
            <numerusform>This computer holds %n assessment in %1. Copy them to the council&apos;s database, so that you can carry on with them there? They stay on this computer as well.</numerusform>
            <numerusform>This computer holds %n assessments in %1. Copy them to the council&apos;s database, so that you can carry on with them there? They stay on this computer as well.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n assessment(s) copied to the council&apos;s database.</source>
        <translation>
            <numerusform>%n assessment copied to the council&apos;s database.</numerusform>
            <numerusform>%n assessments copied to the council&apos;s database.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::ServerSchema</name>
    <message>
        <location filename="../core/store/postgres/ServerSchema.cpp" line="+296"/>
        <source>setting up Waymark on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>recording the database&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>starting to set up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the database&apos;s new structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>creating Waymark&apos;s group roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>taking on the waymark_admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No step leads from server database version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Sqlite</name>
    <message>
        <location filename="../core/store/sqlite/SqliteSchema.cpp" line="+123"/>
        <source>repairing change times that were in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>updating the database&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteErrors.cpp" line="+41"/>
        <source>The database is busy: another program is using it (while %1). Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be changed: the file, its folder or the disk is read-only (while %1). Copy it somewhere you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full (while %1). Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file is damaged (while %1): %2. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file cannot be opened (while %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error (while %1): %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database reported an error (while %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteEngine.cpp" line="+121"/>
        <location line="+41"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The database cannot use write-ahead logging here (journal mode is &quot;%1&quot;). Keep the database on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+111"/>
        <source>reading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteSchema.cpp" line="+12"/>
        <source>starting to update the database&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>marking the database as Waymark&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording the database&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving the database&apos;s new structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteBackups.cpp" line="-76"/>
        <source>preparing a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::StartPage</name>
    <message>
        <location filename="../app/gui/walkthrough/StartPage.cpp" line="+42"/>
        <source>&lt;h1&gt;Waymark&lt;/h1&gt;&lt;p&gt;A gateway review of local safeguards: how well do the council and its partners keep children safe?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start answering the questions for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assessment someone sent you as a Waymark file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different Waymark database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at a &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a finished assessment for a fictional council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Your assessments&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the chosen assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No assessments yet. Choose “New assessment” to start one, or look at the sample first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every assessment in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Showing the %1 most recently changed of %2 assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, %3, law of %4, %5 of %6 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::SummaryView</name>
    <message>
        <location filename="../app/gui/summary/SummaryView.cpp" line="+84"/>
        <location line="+4"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How scoring &amp;works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How scoring works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explains in plain words how scores, RAG and the gateway are worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview of the gateway review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the printed gateway review page by page, ready to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;review as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the gateway review as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the gateway review to a file you choose: a tagged PDF, an accessible web page or a document to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statutory &amp;gates that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates rated Not met or Partially met. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priorities for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions rated Not met or Partially met, most important first. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to as&amp;k officers (answered Don&apos;t know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your knowledge gaps. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;lagged questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions you flagged to come back to. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your action plan: what, who, by when and status. Press Enter to open the question an action belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Gateway: %1. Every statutory gate for your role is fully or mostly met, or does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. No statutory gate has failed, but these gates still need an answer (not answered yet, or Don&apos;t know): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. These statutory gates are rated Not met or Partially met: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These gates still need an answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overall score: no score yet, because nothing is rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall score: %1, %2 because the gateway is not passed (the score alone would be %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall score: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 questions answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No failed gates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, statutory gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priorities: no question is rated Not met or Partially met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No knowledge gaps: no question is answered Don&apos;t know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flagged questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who: %1 · Due: %2 · Status: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::Trend</name>
    <message>
        <location filename="../core/scoring/Trend.cpp" line="+32"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, before the question was split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::TrendChartWidget</name>
    <message>
        <location filename="../app/gui/trend/TrendChartWidget.cpp" line="+9"/>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line chart of scores from 0 to 100 in each assessment, oldest first. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::TrendView</name>
    <message>
        <location filename="../app/gui/trend/TrendView.cpp" line="+29"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, gate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show each section on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each assessment in date order, with the version of the questions it was scored against, its overall score and its gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show each section on the &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sec&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each section&apos;s score in each assessment, and the change from the first score to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions whose rating moved from the first assessment that rated them to the last, followed through the mapping between versions. Press Enter to open a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question&apos;s rating has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions &amp;no longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions an earlier assessment was asked that the newest version no longer asks, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assessments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the only assessment of %1 as %2 in this database. When others are here, for example imported from exchange files, this page shows how the scores moved from one to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every assessment of %1 as %2 in this database, oldest first. Each is scored against the version of the questions it was answered against, under its own law; a question is followed from one version to the next through the question bank&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (this assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>▲ better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is no longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WalkthroughView</name>
    <message>
        <location filename="../app/gui/walkthrough/WalkthroughView.cpp" line="+41"/>
        <source>Sections and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each section shows how many questions are answered and its rating. ✓ answered, ? don&apos;t know, · not yet answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 of %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopAgreePanel</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopAgreePanel.cpp" line="+44"/>
        <source>What the room agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Clear the agreed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dissent or no&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dissent or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who disagreed and why, or anything the room wants to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a question in the table to see how the members answered and to record what the room agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1: a statutory gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) asked this question.</source>
        <translation>
            <numerusform>%n member asked this question.</numerusform>
            <numerusform>%n members asked this question.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Members disagree: their ratings are %n levels apart.</source>
        <translation>
            <numerusform>Members disagree: their ratings are %n levels apart.</numerusform>
            <numerusform>Members disagree: their ratings are %n levels apart.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopGatherDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopGatherDialog.cpp" line="+26"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: the same member&apos;s answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced: the newer file wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept the answers already here: the file was older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added: for another council or question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Returned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What became of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Add them anyway (%n file(s))</source>
        <translation>
            <numerusform>&amp;Add them anyway (%n file)</numerusform>
            <numerusform>&amp;Add them anyway (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the files for another council or bank anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n replaced by a newer file</source>
        <translation>
            <numerusform>%n replaced by a newer file</numerusform>
            <numerusform>%n replaced by a newer file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older file(s) not added</source>
        <translation>
            <numerusform>%n older file not added</numerusform>
            <numerusform>%n older files not added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n for another council or bank, not added</source>
        <translation>
            <numerusform>%n for another council or bank, not added</numerusform>
            <numerusform>%n for another council or bank, not added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No files were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopMemberDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopMemberDialog.cpp" line="+26"/>
        <source>Add a member in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a member who answers in the room rather than with an answer pack. You enter their answers in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Add the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopMembersBox</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopMembersBox.cpp" line="+14"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members in the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from the workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen member from the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2: %3 of %4 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No members yet: add returned files (or drop them on this window), or add a member in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this workshop? Their own assessment stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The member was not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopNewDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopNewDialog.cpp" line="+29"/>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workshop gathers members&apos; answers so that the room can see where they agree and agree a rating together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Cabinet safeguarding workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council or partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned answers for another council are pointed out before they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Borsetshire County Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The law the workshop reviews under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The members&apos; answer packs are made under this law, and returned answers made under another are pointed out before they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Create the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Council or partnership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Law:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Still needed: a name for the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopPacksDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopPacksDialog.cpp" line="+37"/>
        <source>Answer packs for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one answer pack for each member. They open it in their own Waymark (the council and the workshop are filled in), answer the questions for their role, and send the file back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the member to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members to write answer packs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected member from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder to write the answer packs into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the answer packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the answer packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Folder for the answer packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not all answer packs were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answer pack(s) written to %1.</source>
        <translation>
            <numerusform>%n answer pack written to %1.</numerusform>
            <numerusform>%n answer packs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The answer pack for %1 was not written, because Waymark could not import it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopPresenter</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopPresenter.cpp" line="+33"/>
        <source>Waymark workshop: presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>→ next   ← previous   D disagreements only   T section timer   Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Members disagree on no question. Press D to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answers to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · disagreements only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · statutory gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) asked.</source>
        <translation>
            <numerusform>%n member asked.</numerusform>
            <numerusform>%n members asked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Section timer: press T to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section time %1 (running; T stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section time %1 (stopped; T starts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopPrintDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopPrintDialog.cpp" line="+15"/>
        <source>The workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack holds the group&apos;s gateway review from the agreed ratings, where members agree and disagree, a table of every member&apos;s answers and the questions to ask officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anonymise: show members as Member A, B, … and never by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Include each member&apos;s own review as an appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include each member&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopResultBox</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopResultBox.cpp" line="+12"/>
        <source>The group&apos;s result, from the agreed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Group score: %1 out of 100, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group score: none yet. Agree a rating for a question to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n statutory gate(s) agreed Not met or Partially met)</source>
        <translation>
            <numerusform>(%n statutory gate agreed Not met or Partially met)</numerusform>
            <numerusform>(%n statutory gates agreed Not met or Partially met)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n statutory gate(s) not agreed yet, or Don&apos;t know)</source>
        <translation>
            <numerusform>(%n statutory gate not agreed yet, or Don&apos;t know)</numerusform>
            <numerusform>(%n statutory gates not agreed yet, or Don&apos;t know)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Agreed so far: %1 of %n question(s) asked</source>
        <translation>
            <numerusform>Agreed so far: %1 of %n question asked</numerusform>
            <numerusform>Agreed so far: %1 of %n questions asked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopRoundDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopRoundDialog.cpp" line="+36"/>
        <source>Round entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For each member in turn press 3, 2, 1 or 0, D for Don&apos;t know or N for Not applicable; the next member is chosen for you. Delete clears an answer. Answers are saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members&apos; answers to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close round entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No questions to go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question %1 (%2 of %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question applies to none of the members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That was the last member: Alt+N goes to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopSpreadChart</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopSpreadChart.cpp" line="+39"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart of the members&apos; answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopSpreadModel</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopSpreadModel.cpp" line="+48"/>
        <source>none rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disagree (%1 apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 (gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>How many answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many have not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest and the highest rating given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members&apos; ratings are two or more levels apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rating the room agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopWindow</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopWindow.cpp" line="+91"/>
        <source>How the members answered each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per question. Choose a question, then press 3, 2, 1, 0, D or N to record the answer the room agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wor&amp;kshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+162"/>
        <source>Show &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Show members&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When not ticked, members are shown as Member A, B and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick before putting this window on a projector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Answer packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write answer packs for the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add returned files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add returned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member in the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a member in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter answers in the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Print the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disagreements &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only questions members disagree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the questions of a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+398"/>
        <source>&amp;Save the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop pack - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the workshop pack (PDF, web page or document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Statutory &amp;gates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only statutory gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answer packs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rint preview of the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close the workshop window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;returned files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member in the &amp;room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round &amp;entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read the workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workshop was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop created. Next: write the answer packs, or add members in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Cannot read the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Export the pack as PD&amp;F, web page or document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Workshops - Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workshop yet: choose New workshop to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop: %1 - Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>law of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s) shown</source>
        <translation>
            <numerusform>%n question shown</numerusform>
            <numerusform>%n questions shown</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Members are shown as Member A, B, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members&apos; names are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agreed answer was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: question %1 has no agreed answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: question %1 agreed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n answer pack(s) written to %1.</source>
        <translation>
            <numerusform>%n answer pack written to %1.</numerusform>
            <numerusform>%n answer packs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add the members&apos; returned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark files (*.waymark *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The member was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member added. Use Round entry to enter their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show the &amp;preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookComposer</name>
    <message>
        <location filename="../core/report/WorkbookComposer.cpp" line="+44"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workbook: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank self-assessment workbook for the %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Printed %1 with Waymark %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For each question, tick the one answer that fits best, then write how you know and anything you want to ask officers. Your answers can be entered in Waymark afterwards to work out the scores and print your gateway review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Produced with Waymark %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to use this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workbook holds every question for the %1, section by section. Each question comes with why it matters, how you would know, and what each level of the rating scale looks like for it. Tick one answer, then note your evidence and any questions for officers in the space below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some questions are statutory gates: duties the law says must be in place. They are marked as such. A gate answered Not met or Partially met means the gateway is not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duty or practice is fully in place, and you have seen evidence that it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in place, with minor gaps that are known and being dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of it is in place, but there are significant gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not know. That is a finding in itself: it becomes a question to ask officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question does not apply to your council. It is neither scored nor counted against you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each question below says what Fully met, Mostly met, Partially met and Not met look like for that question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No question in this question bank applies to the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Statutory gate: a duty the law says must be in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory gate: a duty the law says must be in place. Statutory basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statutory basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How would you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each level looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How do you know? (evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and questions for officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The terms this workbook uses, in alphabetical order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../core/workshop/Workshop.cpp" line="+11"/>
        <source>Member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workshop group (agreed answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ratings the members agreed together in the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop, facilitated by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopGatherer</name>
    <message>
        <location filename="../core/workshop/WorkshopGatherer.cpp" line="+84"/>
        <source>it is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was answered against question bank %1 %2, not %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was made under the law of %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2): not added, because %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>; and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1: %2 is already here with answers from %3; this file (from %4) is older, so it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2&apos;s answers were already here; the later answer to each question was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 was already here with answers from %3; this newer file (from %4) replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): added although %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPackComposer</name>
    <message>
        <location filename="../core/report/WorkshopPackComposer.cpp" line="+33"/>
        <source>Workshop pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed gateway review of a members&apos; workshop, with where members agreed and disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop pack · gateway review of local safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where members agree and disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 members took part. Members disagree on a question when their ratings are two or more levels apart, for example one says Fully met and another Partially met. The scores above come from the ratings the room agreed, not from an average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There were no disagreements: on every question the members&apos; ratings were at most one level apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How members rated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions members disagreed on, widest spread first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each member&apos;s ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per question, one column per member. 3 is Fully met, 2 Mostly met, 1 Partially met and 0 Not met; the weaker the rating, the darker the cell. DK is Don&apos;t know, N/A Not applicable, – not answered, and a blank cell a question that is not asked of that member&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Members %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions to ask officers, from every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Did not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No member answered Don&apos;t know: there are no gaps in what members know to put to officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appendix: the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>DK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
