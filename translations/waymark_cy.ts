<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="+37"/>
        <source>Waymark: a gateway review of local safeguards.</source>
        <translation>Waymark: adolygiad porth o drefniadau diogelu lleol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database.</source>
        <translation>Agor y gronfa ddata hon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waymark files to import and open.</source>
        <translation>Ffeiliau Waymark i&apos;w mewnforio a&apos;u hagor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waymark cannot start</source>
        <translation>Ni all Waymark ddechrau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in question bank is damaged:

%1</source>
        <translation>Mae&apos;r banc cwestiynau adeiledig wedi&apos;i ddifrodi:

%1</translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
    <message>
        <location filename="../app/gui/printing/ReportFileDialog.cpp" line="+12"/>
        <source>PDF, tagged for screen readers (*.pdf)</source>
        <translation>PDF, wedi&apos;i dagio ar gyfer darllenwyr sgrin (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page, accessible (*.html *.htm)</source>
        <translation>Tudalen we, hygyrch (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text, to edit in Word or LibreOffice (*.odt)</source>
        <translation>Testun OpenDocument, i&apos;w olygu yn Word neu LibreOffice (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportGlossary</name>
    <message>
        <location filename="../core/report/ReportGlossary.cpp" line="+39"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Beth y mae&apos;n ei olygu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <location filename="../render/layout/FlowBuilder.cpp" line="+209"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../render/layout/Paginator.cpp" line="+168"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location filename="../render/ReportRenderer.cpp" line="+147"/>
        <source>Cannot save %1: %2</source>
        <translation>Methu cadw %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not start the PDF.</source>
        <translation>Methu dechrau&apos;r PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not finish the PDF.</source>
        <translation>Methu gorffen y PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PDF came out empty.</source>
        <translation>Daeth y PDF allan yn wag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not add the document information to the PDF.</source>
        <translation>Methu ychwanegu gwybodaeth y ddogfen at y PDF.</translation>
    </message>
    <message>
        <location filename="../render/html/HtmlReportWriter.cpp" line="+470"/>
        <location filename="../render/odt/OdtReportWriter.cpp" line="+410"/>
        <source>Section scores</source>
        <translation>Sgoriau&apos;r adrannau</translation>
    </message>
</context>
<context>
    <name>ReviewComposer</name>
    <message>
        <location filename="../core/report/ReviewComposer.cpp" line="+77"/>
        <source>Authority not given</source>
        <translation>Awdurdod heb ei nodi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+157"/>
        <source>Not given</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+111"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 (answered against version %2)</source>
        <translation>%1 (atebwyd yn erbyn fersiwn %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gateway: %1. No statutory gate applies to this role, so nothing can fail the gateway.</source>
        <translation>Porth: %1. Nid oes unrhyw brawf statudol yn berthnasol i&apos;r rôl hon, felly ni all dim beri i&apos;r porth fethu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway: %1. Every statutory gate for this role is fully or mostly met, or does not apply.</source>
        <translation>Porth: %1. Mae pob prawf statudol ar gyfer y rôl hon wedi&apos;i fodloni&apos;n llawn neu gan mwyaf, neu nid yw&apos;n berthnasol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. No statutory gate has failed, but these gates still need an answer (not answered yet, or Don&apos;t know): %2.</source>
        <translation>Porth: %1. Nid oes unrhyw brawf statudol wedi methu, ond mae angen ateb o hyd ar y profion hyn (heb eu hateb eto, neu Ddim yn gwybod): %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. These statutory gates are rated Not met or Partially met: %2. A duty the law requires is not fully in place, so the overall result is Red whatever the score.</source>
        <translation>Porth: %1. Mae&apos;r profion statudol hyn wedi cael y radd Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol: %2. Nid yw dyletswydd y mae&apos;r gyfraith yn ei gwneud yn ofynnol yn gwbl weithredol, felly Coch yw&apos;r canlyniad cyffredinol beth bynnag yw&apos;r sgôr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These gates still need an answer: %1.</source>
        <translation>Mae angen ateb o hyd ar y profion hyn: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No score yet: no question is rated</source>
        <translation>Dim sgôr eto: nid oes unrhyw gwestiwn wedi&apos;i raddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 out of 100</source>
        <translation>%1 allan o 100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; %2 because the gateway is not passed (the score alone would be %3)</source>
        <translation>%1; %2 am nad yw&apos;r porth wedi&apos;i basio (%3 fyddai&apos;r sgôr ar ei phen ei hun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+160"/>
        <location line="+43"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+25"/>
        <source>Gateway review of local safeguards</source>
        <translation>Adolygiad porth o drefniadau diogelu lleol</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Gateway review of local safeguards: %1</source>
        <translation>Adolygiad porth o drefniadau diogelu lleol: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self-assessment by the %1 against %2</source>
        <translation>Hunanasesiad gan ddeiliad rôl %1 yn erbyn %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waymark %1</source>
        <translation>Waymark %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding</source>
        <translation>diogelu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>children</source>
        <translation>plant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gateway review</source>
        <translation>adolygiad porth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-assessment</source>
        <translation>hunanasesiad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gateway review</source>
        <translation>Adolygiad porth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Produced %1 with Waymark %2</source>
        <translation>Cynhyrchwyd ar %1 gyda Waymark %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment date</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Question bank</source>
        <translation>Banc cwestiynau</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Law</source>
        <translation>Cyfraith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered</source>
        <translation>Cwestiynau a atebwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway: %1.</source>
        <translation>Porth: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Overall score %2.</source>
        <translation>%1 Sgôr gyffredinol %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Produced with Waymark %1 on %2.</source>
        <translation>Cynhyrchwyd gyda Waymark %1 ar %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At a glance</source>
        <translation>Cipolwg</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Gateway</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+85"/>
        <source>Overall score</source>
        <translation>Sgôr gyffredinol</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+20"/>
        <source>Answered</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 of %2 questions</source>
        <translation>%1 o %2 cwestiwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+421"/>
        <source>Knowledge gaps</source>
        <translation>Bylchau gwybodaeth</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>None: no question is answered Don&apos;t know</source>
        <translation>Dim: nid oes unrhyw gwestiwn wedi&apos;i ateb â Ddim yn gwybod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 answered Don&apos;t know (see Questions to ask officers)</source>
        <translation>%1 wedi&apos;u hateb â Ddim yn gwybod (gweler Cwestiynau i&apos;w gofyn i swyddogion)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question in the question bank applies to this role, so there is nothing to score.</source>
        <translation>Nid oes unrhyw gwestiwn yn y banc cwestiynau yn berthnasol i&apos;r rôl hon, felly nid oes dim i&apos;w sgorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section scores out of 100. A section with a failed statutory gate is Red whatever its score.</source>
        <translation>Sgoriau&apos;r adrannau allan o 100. Mae adran lle y mae prawf statudol wedi methu yn Goch beth bynnag yw ei sgôr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+386"/>
        <source>Score</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <location line="-386"/>
        <location line="+393"/>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Statutory gate</source>
        <translation>Prawf statudol</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+42"/>
        <source>No score</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Gate failed</source>
        <translation>Prawf wedi methu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up %1</source>
        <translation>I fyny %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down %1</source>
        <translation>I lawr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not asked</source>
        <translation>Heb ei ofyn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, gate failed</source>
        <translation>%1, prawf wedi methu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assessment beside the earlier assessments of the same authority and role, oldest first. Each is scored against the version of the questions it was answered against, under its own law; a question is followed from one version to the next through the question bank&apos;s mapping.</source>
        <translation>Yr asesiad hwn ochr yn ochr ag asesiadau cynharach yr un awdurdod a rôl, yr hynaf yn gyntaf. Caiff pob un ei sgorio yn erbyn y fersiwn o&apos;r cwestiynau a atebwyd, o dan ei gyfraith ei hun; dilynir cwestiwn o un fersiwn i&apos;r nesaf drwy fapio&apos;r banc cwestiynau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall score out of 100 in each assessment, with its RAG in words. Where the gateway was not passed, the point says gate failed.</source>
        <translation>Y sgôr gyffredinol allan o 100 ym mhob asesiad, gyda&apos;i RAG mewn geiriau. Lle na phasiwyd y porth, mae&apos;r pwynt yn dweud prawf wedi methu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (this review)</source>
        <translation>%1 (yr adolygiad hwn)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>Fersiwn %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each assessment</source>
        <translation>Pob asesiad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Section scores in each assessment, and the change from the first score to the last</source>
        <translation>Sgoriau&apos;r adrannau ym mhob asesiad, a&apos;r newid o&apos;r sgôr gyntaf i&apos;r olaf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions that moved</source>
        <translation>Cwestiynau a symudodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question&apos;s rating moved between the first assessment that rated it and the last.</source>
        <translation>Ni symudodd sgôr unrhyw gwestiwn rhwng yr asesiad cyntaf a&apos;i sgoriodd a&apos;r olaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers, oldest first</source>
        <translation>Atebion, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement</source>
        <translation>Symudiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Better</source>
        <translation>Gwell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worse</source>
        <translation>Gwaeth</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions no longer asked</source>
        <translation>Cwestiynau na ofynnir mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions an earlier assessment was asked that the version of this review no longer asks, and why.</source>
        <translation>Cwestiynau a ofynnwyd mewn asesiad cynharach nad yw fersiwn yr adolygiad hwn yn eu gofyn mwyach, a pham.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why it was retired</source>
        <translation>Pam y&apos;i tynnwyd yn ôl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statutory gates</source>
        <translation>Profion statudol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statutory gate is a duty the law says must be in place. A gate fails when it is rated Not met or Partially met. The gateway is passed only when no gate fails and every gate has an answer; a gate answered Not applicable neither fails nor leaves the gateway incomplete.</source>
        <translation>Prawf statudol yw dyletswydd y mae&apos;r gyfraith yn dweud bod rhaid iddi fod ar waith. Mae prawf yn methu pan fydd wedi cael y radd Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol. Dim ond pan nad oes unrhyw brawf yn methu a bod ateb i bob prawf y caiff y porth ei basio; nid yw prawf a atebwyd ag Amherthnasol yn methu nac yn gadael y porth yn anghyflawn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No statutory gate applies to the %1.</source>
        <translation>Nid oes unrhyw brawf statudol yn berthnasol i rôl %1.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+25"/>
        <location line="+31"/>
        <location line="+46"/>
        <source>Ref.</source>
        <translation>Cyf.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Gate</source>
        <translation>Prawf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <location line="+95"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed</source>
        <translation>Wedi methu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statutory gates for the %1</source>
        <translation>Y profion statudol ar gyfer rôl %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+206"/>
        <source>Priorities for improvement</source>
        <translation>Blaenoriaethau ar gyfer gwella</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>There are no priorities for improvement: no question is rated Not met or Partially met.</source>
        <translation>Nid oes unrhyw flaenoriaethau ar gyfer gwella: nid oes unrhyw gwestiwn wedi cael y radd Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These are the questions rated Not met or Partially met, most important first: statutory gates first, then questions of higher weight (how much a question counts, from 1 to 3), then the lower rating, then the order of the question bank.</source>
        <translation>Dyma&apos;r cwestiynau a gafodd y radd Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol, y pwysicaf yn gyntaf: profion statudol yn gyntaf, yna cwestiynau â phwysoliad uwch (faint y mae cwestiwn yn cyfrif, o 1 i 3), yna&apos;r radd is, yna trefn y banc cwestiynau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+25"/>
        <location line="+77"/>
        <location line="+147"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Why it comes here</source>
        <translation>Pam y mae yma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statutory gate, weight %1</source>
        <translation>Prawf statudol, pwysoliad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight %1</source>
        <translation>Pwysoliad %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions to ask officers</source>
        <translation>Cwestiynau i&apos;w gofyn i swyddogion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no knowledge gaps: no question is answered Don&apos;t know.</source>
        <translation>Nid oes unrhyw fylchau gwybodaeth: nid oes unrhyw gwestiwn wedi&apos;i ateb â Ddim yn gwybod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These questions were answered Don&apos;t know. For a member, not knowing is a finding in itself: put each question to officers and ask for the evidence described.</source>
        <translation>Atebwyd y cwestiynau hyn â Ddim yn gwybod. I aelod, mae peidio â gwybod yn ganfyddiad ynddo&apos;i hun: gofynnwch bob cwestiwn i swyddogion a gofynnwch am y dystiolaeth a ddisgrifir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How would you know?</source>
        <translation>Sut fyddech chi&apos;n gwybod?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>Note or question for officers</source>
        <translation>Nodyn neu gwestiwn i swyddogion</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>nobody named</source>
        <translation>neb wedi&apos;i enwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date set</source>
        <translation>dim dyddiad wedi&apos;i bennu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, by %3, %4</source>
        <translation>%1 — %2, erbyn %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings by section</source>
        <translation>Canfyddiadau fesul adran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question in the question bank applies to this role.</source>
        <translation>Nid oes unrhyw gwestiwn yn y banc cwestiynau yn berthnasol i&apos;r rôl hon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each question for the role with the answer given, the evidence and notes in the member&apos;s own words, and any actions agreed.</source>
        <translation>Pob cwestiwn ar gyfer y rôl gyda&apos;r ateb a roddwyd, y dystiolaeth a&apos;r nodiadau yng ngeiriau&apos;r aelod ei hun, ac unrhyw gamau gweithredu a gytunwyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score %1 (%2); %3 answered</source>
        <translation>Sgôr %1 (%2); %3 wedi&apos;u hateb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No score yet: no question in this section is rated; %1 answered</source>
        <translation>Dim sgôr eto: nid oes unrhyw gwestiwn yn yr adran hon wedi&apos;i raddio; %1 wedi&apos;u hateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; a statutory gate in this section failed, so the section is Red whatever its score</source>
        <translation>%1; methodd prawf statudol yn yr adran hon, felly mae&apos;r adran yn Goch beth bynnag yw ei sgôr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (statutory gate)</source>
        <translation>%1 (prawf statudol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statutory basis: %1</source>
        <translation>Sail statudol: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flagged for follow-up.</source>
        <translation>Wedi&apos;i nodi i&apos;w ddilyn i fyny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actions have been recorded.</source>
        <translation>Nid oes unrhyw gamau gweithredu wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every action recorded, in order of the date it is due (actions with no date last), then in the order of the questions they answer to.</source>
        <translation>Pob cam gweithredu a gofnodwyd, yn nhrefn y dyddiad y mae i&apos;w gwblhau (camau heb ddyddiad yn olaf), yna yn nhrefn y cwestiynau y maent yn ymateb iddynt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody named</source>
        <translation>Neb wedi&apos;i enwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date set</source>
        <translation>Dim dyddiad wedi&apos;i bennu</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../core/report/WorkshopPackComposer.cpp" line="+98"/>
        <source>How the scores work</source>
        <translation>Sut y mae&apos;r sgoriau&apos;n gweithio</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+242"/>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question is answered Fully met (3), Mostly met (2), Partially met (1), Not met (0), Don&apos;t know or Not applicable, or left unanswered. Only the four levels from Not met to Fully met are rated and count towards a score. Only the questions for the member&apos;s role count.</source>
        <translation>Caiff pob cwestiwn ei ateb â Wedi&apos;i fodloni&apos;n llawn (3), Wedi&apos;i fodloni gan mwyaf (2), Wedi&apos;i fodloni&apos;n rhannol (1), Heb ei fodloni (0), Ddim yn gwybod neu Amherthnasol, neu ei adael heb ei ateb. Dim ond y pedair lefel o Heb ei fodloni i Wedi&apos;i fodloni&apos;n llawn sy&apos;n cael eu graddio ac yn cyfrif tuag at sgôr. Dim ond y cwestiynau ar gyfer rôl yr aelod sy&apos;n cyfrif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each question has a weight from 1 to 3. A score is 100 times the sum of weight times rating, divided by the sum of weight times 3, over the rated questions. A section&apos;s score uses the section&apos;s questions; the overall score uses all of them at once (it is not an average of the section scores). With nothing rated there is no score, never a score of 0.</source>
        <translation>Mae gan bob cwestiwn bwysoliad o 1 i 3. Sgôr yw 100 gwaith swm y pwysoliad wedi&apos;i luosi â&apos;r radd, wedi&apos;i rannu â swm y pwysoliad wedi&apos;i luosi â 3, dros y cwestiynau sydd wedi&apos;u graddio. Mae sgôr adran yn defnyddio cwestiynau&apos;r adran; mae&apos;r sgôr gyffredinol yn defnyddio pob un ohonynt ar unwaith (nid cyfartaledd sgoriau&apos;r adrannau ydyw). Os nad oes dim wedi&apos;i raddio, nid oes sgôr, byth sgôr o 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green at 75 or more, Amber at 50 or more, Red below 50. Every RAG is given in words as well as shown by a pattern, so the review reads the same printed in black and white.</source>
        <translation>Gwyrdd ar 75 neu fwy, Ambr ar 50 neu fwy, Coch o dan 50. Rhoddir pob statws RAG mewn geiriau yn ogystal â&apos;i ddangos â phatrwm, fel bod yr adolygiad yn darllen yr un fath o&apos;i argraffu mewn du a gwyn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway</source>
        <translation>Y porth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some questions are statutory gates: duties the law says must be in place. A gate fails when it is rated Not met or Partially met. The gateway is Not passed if any gate fails; otherwise Incomplete if any gate is unanswered or answered Don&apos;t know; otherwise Passed. A section with a failed gate is Red whatever its score, and so is the overall result when the gateway is not passed.</source>
        <translation>Mae rhai cwestiynau&apos;n brofion statudol: dyletswyddau y mae&apos;r gyfraith yn dweud bod rhaid iddynt fod ar waith. Mae prawf yn methu pan fydd wedi cael y radd Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol. Mae&apos;r porth yn cael y canlyniad Heb ei basio os yw unrhyw brawf yn methu; fel arall Anghyflawn os oes unrhyw brawf heb ei ateb neu wedi&apos;i ateb â Ddim yn gwybod; fel arall Wedi&apos;i basio. Mae adran lle y mae prawf wedi methu yn Goch beth bynnag yw ei sgôr, ac felly hefyd y canlyniad cyffredinol pan nad yw&apos;r porth wedi&apos;i basio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions answered Don&apos;t know. For a member, not knowing is a finding: these become the questions to ask officers.</source>
        <translation>Cwestiynau a atebwyd â Ddim yn gwybod. I aelod, mae peidio â gwybod yn ganfyddiad: daw&apos;r rhain yn gwestiynau i&apos;w gofyn i swyddogion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions rated Not met or Partially met, in this order: gates first, then higher weight first, then the lower rating first, then the order of the question bank.</source>
        <translation>Cwestiynau a gafodd y radd Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol, yn y drefn hon: profion yn gyntaf, yna pwysoliad uwch yn gyntaf, yna&apos;r radd is yn gyntaf, yna trefn y banc cwestiynau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The terms this review uses, in alphabetical order.</source>
        <translation>Y termau y mae&apos;r adolygiad hwn yn eu defnyddio, yn nhrefn yr wyddor.</translation>
    </message>
</context>
<context>
    <name>ReviewPrinter</name>
    <message>
        <location filename="../app/gui/printing/ReviewPrinter.cpp" line="+36"/>
        <source>Print preview: %1</source>
        <translation>Rhagolwg argraffu: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Print %1</source>
        <translation>Argraffu %1</translation>
    </message>
</context>
<context>
    <name>ScoreChartPainter</name>
    <message>
        <location filename="../render/chart/ScoreChartPainter.cpp" line="+163"/>
        <source>no score</source>
        <translation>dim sgôr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Green: 75 or more</source>
        <translation>Gwyrdd: 75 neu fwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber: 50 to under 75</source>
        <translation>Ambr: 50 i lai na 75</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red: under 50, or a gate failed</source>
        <translation>Coch: llai na 50, neu brawf wedi methu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score: nothing rated</source>
        <translation>Dim sgôr: dim wedi&apos;i raddio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gate failed</source>
        <translation>prawf wedi methu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2, nothing is rated yet.</source>
        <translation>%1: %2, nid oes dim wedi&apos;i raddio eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: score %2, %3 because a statutory gate failed.</source>
        <translation>%1: sgôr %2, %3 am fod prawf statudol wedi methu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: score %2, %3.</source>
        <translation>%1: sgôr %2, %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no sections to show.</source>
        <translation>Nid oes adrannau i&apos;w dangos.</translation>
    </message>
</context>
<context>
    <name>TrendChartPainter</name>
    <message>
        <location filename="../render/chart/TrendChartPainter.cpp" line="+189"/>
        <location line="+23"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1</source>
        <translation>fersiwn %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no assessments to show.</source>
        <translation>Nid oes asesiadau i&apos;w dangos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, questions %2: %3.</source>
        <translation>%1, cwestiynau %2: %3.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1: the gateway or the section&apos;s gate was not passed</source>
        <translation>%1: ni phasiwyd y porth neu brawf yr adran</translation>
    </message>
</context>
<context>
    <name>Waymark::Action</name>
    <message>
        <location filename="../core/assessment/Assessment.cpp" line="+45"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
</context>
<context>
    <name>Waymark::ActionPlanView</name>
    <message>
        <location filename="../app/gui/actionplan/ActionPlanView.cpp" line="+112"/>
        <location line="+11"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row for each action. Use the arrow keys to move, F2 to change a cell, Delete to remove an action. Choose a column heading to sort by it.</source>
        <translation>Un rhes ar gyfer pob cam gweithredu. Defnyddiwch y bysellau saeth i symud, F2 i newid cell, a Delete i ddileu cam gweithredu. Dewiswch bennawd colofn i drefnu yn ôl y golofn honno.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+21"/>
        <source>Remove action</source>
        <translation>Dileu cam gweithredu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No actions yet. Add one from a question, or here.</source>
        <translation>Dim camau gweithredu eto. Ychwanegwch un o gwestiwn, neu yma.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add action</source>
        <translation>Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove action</source>
        <translation>&amp;Dileu cam gweithredu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the chosen action. Undo brings it back.</source>
        <translation>Yn dileu&apos;r cam gweithredu a ddewiswyd. Mae Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Allforio i CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to CSV</source>
        <translation>Allforio i CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the action plan as a file that spreadsheets such as Excel can open.</source>
        <translation>Yn cadw&apos;r cynllun gweithredu fel ffeil y gall taenlenni fel Excel ei hagor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action plan status</source>
        <translation>Statws y cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Adds a general action to the plan.</source>
        <translation>Yn ychwanegu cam gweithredu cyffredinol at y cynllun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an action for question %1.</source>
        <translation>Yn ychwanegu cam gweithredu ar gyfer cwestiwn %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
</context>
<context>
    <name>Waymark::ActionTableModel</name>
    <message>
        <location filename="../app/gui/actionplan/ActionTableModel.cpp" line="+86"/>
        <source>General</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tied to one question</source>
        <translation>Heb ei gysylltu ag un cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question %1: %2</source>
        <translation>Cwestiwn %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General action</source>
        <translation>Cam gweithredu cyffredinol</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nobody named yet</source>
        <translation>Neb wedi&apos;i enwi eto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Due %1</source>
        <translation>Erbyn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date set</source>
        <translation>Dim dyddiad wedi&apos;i osod</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>Waymark::AnswerHistoryDialog</name>
    <message>
        <location filename="../app/gui/server/AnswerHistoryDialog.cpp" line="+22"/>
        <source>Earlier versions of the answer to %1</source>
        <translation>Fersiynau cynharach o&apos;r ateb i %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every version the council&apos;s server kept, newest first. Choose one and press Enter (Restore) to put it back; Undo takes it away again.</source>
        <translation>Pob fersiwn a gadwodd gweinydd y cyngor, y mwyaf diweddar yn gyntaf. Dewiswch un a phwyswch Enter (Adfer) i&apos;w roi yn ôl; mae Dadwneud yn ei dynnu eto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Versions of the answer</source>
        <translation>Fersiynau o&apos;r ateb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Newidiwyd gan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server has no earlier versions of this answer.</source>
        <translation>Nid oes gan y gweinydd fersiynau cynharach o&apos;r ateb hwn.</translation>
    </message>
</context>
<context>
    <name>Waymark::AssessmentDocument</name>
    <message>
        <location filename="../app/gui/walkthrough/AssessmentDocument.cpp" line="+68"/>
        <source>Edit evidence for %1</source>
        <translation>Golygu tystiolaeth ar gyfer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit note for %1</source>
        <translation>Golygu nodyn ar gyfer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer %1</source>
        <translation>Ateb %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A text can be at most %1 characters long, and this change would make it %2; it was not made.</source>
        <translation>Gall testun fod yn %1 nod o hyd ar y mwyaf, a byddai&apos;r newid hwn yn ei wneud yn %2; ni wnaed y newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change would put a character in the text that is not text (a NUL, half of a surrogate pair, U+FFFE or U+FFFF); it was not made.</source>
        <translation>Byddai&apos;r newid hwn yn rhoi nod yn y testun nad yw&apos;n destun (NUL, hanner pâr dirprwyol, U+FFFE neu U+FFFF); ni wnaed y newid.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add action &quot;%1&quot;</source>
        <translation>Ychwanegu cam gweithredu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit action &quot;%1&quot;</source>
        <translation>Golygu cam gweithredu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove action &quot;%1&quot;</source>
        <translation>Dileu cam gweithredu &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Waymark::AssessmentStore</name>
    <message>
        <location filename="../core/store/StoreEngine.cpp" line="+13"/>
        <source>The latest backup is %1.</source>
        <translation>Y copi wrth gefn diweddaraf yw %1.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+37"/>
        <source>%1 change time(s) in assessment(s) %2 were more than a day ahead of this computer&apos;s clock, imported from a file written on a computer whose clock was wrong; they are now %3, the time of this repair, so that later changes count again.</source>
        <translation>Roedd %1 amser newid yn asesiad(au) %2 fwy na diwrnod o flaen cloc y cyfrifiadur hwn, wedi&apos;u mewnforio o ffeil a ysgrifennwyd ar gyfrifiadur â&apos;i gloc yn anghywir; %3 ydynt bellach, amser yr atgyweiriad hwn, fel bod newidiadau diweddarach yn cyfrif eto.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentRecords.cpp" line="+266"/>
        <location line="+69"/>
        <location line="+15"/>
        <source>saving an answer</source>
        <translation>gadw ateb</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+98"/>
        <source>adding an action</source>
        <translation>ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location filename="../core/store/WorkshopRecords.cpp" line="+45"/>
        <source>There is no workshop %1 in this database.</source>
        <translation>Nid oes gweithdy %1 yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentRecords.cpp" line="+8"/>
        <source>saving a change</source>
        <translation>gadw newid</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>There is no assessment %1 in this database.</source>
        <translation>Nid oes asesiad %1 yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+76"/>
        <location filename="../core/store/sqlite/BackupRestore.cpp" line="+89"/>
        <source>No database was named.</source>
        <translation>Ni enwyd unrhyw gronfa ddata.</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/DatabaseFile.cpp" line="+65"/>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Methu creu&apos;r gronfa ddata %1: nid yw&apos;r ffolder %2 yn bodoli.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an empty file, not a Waymark database.</source>
        <translation>Ffeil wag yw %1, nid cronfa ddata Waymark.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Methu creu&apos;r gronfa ddata %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is on a disk that does not keep file permissions (such as a USB stick formatted as FAT or exFAT, or a network share), so Waymark could not make it private to you: anyone who can read that disk can read the answers in it.</source>
        <translation>Mae %1 ar ddisg nad yw&apos;n cadw caniatâd ffeiliau (fel cof bach USB wedi&apos;i fformatio fel FAT neu exFAT, neu ffolder a rennir ar y rhwydwaith), felly nid oedd modd i Waymark ei gwneud yn breifat i chi: gall unrhyw un sy&apos;n gallu darllen y ddisg honno ddarllen yr atebion sydd ynddi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no Waymark database at %1.</source>
        <translation>Nid oes cronfa ddata Waymark yn %1.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Cannot read the database %1: permission denied.</source>
        <translation>Methu darllen y gronfa ddata %1: gwrthodwyd caniatâd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Waymark database (it is not a database file at all). Choose a Waymark database, or a new file name to start one.</source>
        <translation>Nid yw %1 yn gronfa ddata Waymark (nid yw&apos;n ffeil cronfa ddata o gwbl). Dewiswch gronfa ddata Waymark, neu enw ffeil newydd i ddechrau un.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+35"/>
        <source>%1 is a database, but not a Waymark one. Choose a Waymark database, or a new file name to start one.</source>
        <translation>Mae %1 yn gronfa ddata, ond nid un Waymark. Dewiswch gronfa ddata Waymark, neu enw ffeil newydd i ddechrau un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Waymark (database version %2; this version understands up to %3). Update Waymark to open it.</source>
        <translation>Cafodd %1 ei hysgrifennu gan fersiwn mwy newydd o Waymark (fersiwn cronfa ddata %2; mae&apos;r fersiwn hon yn deall hyd at %3). Diweddarwch Waymark i&apos;w hagor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is damaged (%2). It has been left as it is.</source>
        <translation>Mae %1 wedi&apos;i difrodi (%2). Mae wedi&apos;i gadael fel y mae.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The daily backup could not be written: %1</source>
        <translation>Nid oedd modd ysgrifennu&apos;r copi wrth gefn dyddiol: %1</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>%1 is a database on a server: its backups are the server administrator&apos;s to restore (docs/server.md).</source>
        <translation>Mae %1 yn gronfa ddata ar weinydd: gweinyddwr y gweinydd sy&apos;n adfer ei chopïau wrth gefn (docs/server.md).</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>No database is open.</source>
        <translation>Nid oes cronfa ddata ar agor.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentRecords.cpp" line="+31"/>
        <source>adding an assessment</source>
        <translation>ychwanegu asesiad</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+9"/>
        <source>listing the assessments</source>
        <translation>restru&apos;r asesiadau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>counting the assessments</source>
        <translation>gyfrif yr asesiadau</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <source>reading an assessment</source>
        <translation>ddarllen asesiad</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>reading answers</source>
        <translation>ddarllen atebion</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>reading the action plan</source>
        <translation>ddarllen y cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>saving the assessment&apos;s details</source>
        <translation>gadw manylion yr asesiad</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>deleting an assessment</source>
        <translation>ddileu asesiad</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+7"/>
        <source>saving an action</source>
        <translation>gadw cam gweithredu</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>There is no action %1 in assessment %2.</source>
        <translation>Nid oes cam gweithredu %1 yn asesiad %2.</translation>
    </message>
    <message>
        <location line="+257"/>
        <location line="+3"/>
        <source>removing an action</source>
        <translation>dynnu cam gweithredu</translation>
    </message>
    <message>
        <location filename="../core/store/ImportMerge.cpp" line="+23"/>
        <location line="+14"/>
        <location line="+30"/>
        <location line="+5"/>
        <location line="+19"/>
        <location line="+2"/>
        <source>importing an assessment</source>
        <translation>fewnforio asesiad</translation>
    </message>
    <message>
        <location filename="../core/store/WorkshopRecords.cpp" line="+22"/>
        <source>adding a workshop</source>
        <translation>ychwanegu gweithdy</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <source>listing workshops</source>
        <translation>restru gweithdai</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>reading a workshop</source>
        <translation>ddarllen gweithdy</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>reading a workshop&apos;s participants</source>
        <translation>ddarllen cyfranogwyr gweithdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>reading the agreed answers</source>
        <translation>ddarllen yr atebion a gytunwyd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the assessments in workshop %1 cannot be read with this login.</source>
        <translation>Ni ellir darllen rhai o&apos;r asesiadau yng ngweithdy %1 gyda&apos;r mewngofnod hwn.</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/BackupRestore.cpp" line="+15"/>
        <source>it is the database itself.</source>
        <translation>y gronfa ddata ei hun yw hi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is larger than %1, more than any Waymark database holds.</source>
        <translation>mae&apos;n fwy na %1, sy&apos;n fwy nag unrhyw gronfa ddata Waymark.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a database file at all.</source>
        <translation>nid yw&apos;n ffeil cronfa ddata o gwbl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its latest changes are still in %1. Open it in Waymark once, so that they are written into it, then restore it.</source>
        <translation>mae ei newidiadau diweddaraf yn %1 o hyd. Agorwch hi yn Waymark unwaith, fel eu bod yn cael eu hysgrifennu iddi, yna adferwch hi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write beside %1 to restore it: %2. Nothing was changed.</source>
        <translation>Methu ysgrifennu wrth ymyl %1 i&apos;w hadfer: %2. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk is full (while restoring %1). Nothing was changed; free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn (wrth adfer %1). Ni newidiwyd dim; rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the restored copy of %1: %2. Nothing was changed.</source>
        <translation>Methu ysgrifennu&apos;r copi wedi&apos;i adfer o %1: %2. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it cannot be read (%1).</source>
        <translation>nid oes modd ei darllen (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SQLite cannot read it (%1).</source>
        <translation>ni all SQLite ei darllen (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an empty database, not a Waymark one.</source>
        <translation>cronfa ddata wag yw hi, nid un Waymark.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a database, but not a Waymark one.</source>
        <translation>mae&apos;n gronfa ddata, ond nid un Waymark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was written by a newer version of Waymark (database version %1; this version understands up to %2).</source>
        <translation>cafodd ei hysgrifennu gan fersiwn mwy newydd o Waymark (fersiwn cronfa ddata %1; mae&apos;r fersiwn hon yn deall hyd at %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is damaged (%1).</source>
        <translation>mae wedi&apos;i difrodi (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot rename %1 to %2 while restoring the backup: %3. Nothing was changed.</source>
        <translation>Methu ailenwi %1 yn %2 wrth adfer y copi wrth gefn: %3. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../core/store/WorkshopRecords.cpp" line="+11"/>
        <location line="+57"/>
        <location line="+6"/>
        <source>adding a participant</source>
        <translation>ychwanegu cyfranogwr</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>removing a participant</source>
        <translation>dynnu cyfranogwr</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Assessment %1 is not a participant of workshop %2.</source>
        <translation>Nid yw asesiad %1 yn un o gyfranogwyr gweithdy %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <location line="+17"/>
        <source>saving an agreed rating</source>
        <translation>gadw gradd a gytunwyd</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>clearing an agreed rating</source>
        <translation>glirio gradd a gytunwyd</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteBackups.cpp" line="+85"/>
        <source>Cannot make the backup folder %1.</source>
        <translation>Methu creu&apos;r ffolder copïau wrth gefn %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot write a backup in %1: %2</source>
        <translation>Methu ysgrifennu copi wrth gefn yn %1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/BackupRestore.cpp" line="-131"/>
        <source>%1 cannot be restored: %2 %3 was left as it was.</source>
        <translation>Ni ellir adfer %1: %2 Gadawyd %3 fel yr oedd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no backup %1.</source>
        <translation>Nid oes copi wrth gefn %1.</translation>
    </message>
    <message>
        <location filename="../core/store/AssessmentStore.cpp" line="+292"/>
        <source>%1 is damaged: %2</source>
        <translation>Mae %1 wedi&apos;i difrodi: %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/DatabaseLock.cpp" line="+18"/>
        <source>%1 is locked by %2, which Waymark can neither read nor remove. If no Waymark has the database open, delete %2 and try again.</source>
        <translation>Mae %1 wedi&apos;i chloi gan %2, na all Waymark ei darllen na&apos;i dileu. Os nad oes unrhyw Waymark â&apos;r gronfa ddata ar agor, dilëwch %2 a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was locked by %2 (process %3), which is no longer running; Waymark took the lock over.</source>
        <translation>Roedd %1 wedi&apos;i chloi gan %2 (proses %3), nad yw&apos;n rhedeg mwyach; cymerodd Waymark y clo drosodd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>unknown program</source>
        <translation>rhaglen anhysbys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is open in Waymark on another computer, %2 (%3, process %4). Close it there. If Waymark is not running on %2 (say, it crashed), delete the lock file %5 and try again.</source>
        <translation>Mae %1 ar agor yn Waymark ar gyfrifiadur arall, %2 (%3, proses %4). Caewch hi yno. Os nad yw Waymark yn rhedeg ar %2 (er enghraifft, os chwalodd), dilëwch y ffeil glo %5 a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is open in another Waymark (%2, process %3 on %4). Close it there first, then try again.</source>
        <translation>Mae %1 ar agor mewn Waymark arall (%2, proses %3 ar %4). Caewch hi yno yn gyntaf, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The lock file %1 was empty or could not be read; Waymark took it over.</source>
        <translation>Roedd y ffeil glo %1 yn wag neu nid oedd modd ei darllen; cymerodd Waymark hi drosodd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1 for changes: Waymark cannot write in the folder %2 (it may be read-only).</source>
        <translation>Methu agor %1 i wneud newidiadau: ni all Waymark ysgrifennu yn y ffolder %2 (efallai ei bod yn ddarllen yn unig).</translation>
    </message>
    <message>
        <location filename="../core/store/StoreCopy.cpp" line="+27"/>
        <source>Copying stopped at assessment %1 (&quot;%2&quot;); the %3 before it were copied. %4</source>
        <translation>Daeth y copïo i ben wrth asesiad %1 (&quot;%2&quot;); copïwyd y %3 asesiad o&apos;i flaen. %4</translation>
    </message>
</context>
<context>
    <name>Waymark::BankLibrary</name>
    <message>
        <location filename="../core/bank/BankLibrary.cpp" line="+99"/>
        <source>This assessment was answered against %1 version %2, which this Waymark does not have; it is shown against version %3, matching questions by their id.</source>
        <translation>Atebwyd yr asesiad hwn yn erbyn %1 fersiwn %2, nad yw gan y Waymark hwn; fe&apos;i dangosir yn erbyn fersiwn %3, gan baru cwestiynau yn ôl eu id.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The question bank has no jurisdiction %1; the assessment is shown under the law of %2.</source>
        <translation>Nid oes gan y banc cwestiynau awdurdodaeth %1; dangosir yr asesiad o dan gyfraith %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::BankLoader</name>
    <message>
        <location filename="../core/bank/BankLoader.cpp" line="+86"/>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON (column %1): %2</source>
        <translation>nid yw&apos;n JSON dilys (colofn %1): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the top level must be a JSON object { ... }</source>
        <translation>rhaid i&apos;r lefel uchaf fod yn wrthrych JSON { ... }</translation>
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
        <translation>y banc</translation>
    </message>
    <message>
        <location line="-592"/>
        <source>&quot;format&quot; must be &quot;waymark-bank&quot;; this does not look like a Waymark question bank</source>
        <translation>rhaid i &quot;format&quot; fod yn &quot;waymark-bank&quot;; nid yw hwn yn edrych fel banc cwestiynau Waymark</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;formatVersion&quot; must be a whole number such as 1</source>
        <translation>rhaid i &quot;formatVersion&quot; fod yn rhif cyfan fel 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>formatVersion %1 is newer than this version of Waymark understands (%2); update Waymark to use this bank</source>
        <translation>mae formatVersion %1 yn fwy newydd nag y mae&apos;r fersiwn hon o Waymark yn ei deall (%2); diweddarwch Waymark i ddefnyddio&apos;r banc hwn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>jurisdiction %1 must be an object { &quot;id&quot;: ..., &quot;title&quot;: ... }</source>
        <translation>rhaid i awdurdodaeth %1 fod yn wrthrych { &quot;id&quot;: ..., &quot;title&quot;: ... }</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jurisdiction %1</source>
        <translation>awdurdodaeth %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;mapping&quot; must be an object { &quot;from&quot;: ..., &quot;questions&quot;: [ ... ] }</source>
        <translation>rhaid i &quot;mapping&quot; fod yn wrthrych { &quot;from&quot;: ..., &quot;questions&quot;: [ ... ] }</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping</source>
        <translation>y mapio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping entry %1</source>
        <translation>cofnod mapio %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be an object { &quot;from&quot;: ..., &quot;to&quot;: [ ... ] }</source>
        <translation>%1: rhaid iddo fod yn wrthrych { &quot;from&quot;: ..., &quot;to&quot;: [ ... ] }</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;to&quot; must be a list of this bank&apos;s question ids (empty for a retired question)</source>
        <translation>%1: rhaid i &quot;to&quot; fod yn rhestr o ddynodyddion cwestiynau&apos;r banc hwn (yn wag ar gyfer cwestiwn a dynnwyd yn ôl)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;change&quot; must be &quot;same&quot;, &quot;reworded&quot;, &quot;merged&quot;, &quot;split&quot;, &quot;moved&quot; or &quot;retired&quot;, not %2</source>
        <translation>%1: rhaid i &quot;change&quot; fod yn &quot;same&quot;, &quot;reworded&quot;, &quot;merged&quot;, &quot;split&quot;, &quot;moved&quot; neu &quot;retired&quot;, nid %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 is missing or empty; it must be a list [ ... ]</source>
        <translation>%1: mae %2 ar goll neu&apos;n wag; rhaid iddo fod yn rhestr [ ... ]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 is missing or empty</source>
        <translation>%1: mae %2 ar goll neu&apos;n wag</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+198"/>
        <location line="+202"/>
        <location line="+38"/>
        <source>%1: %2 must be text in quotes</source>
        <translation>%1: rhaid i %2 fod yn destun mewn dyfynodau</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>%1: unknown field %2 is ignored</source>
        <translation>%1: anwybyddir y maes anhysbys %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>role %1 must be an object { &quot;id&quot;: ..., &quot;title&quot;: ... }</source>
        <translation>rhaid i rôl %1 fod yn wrthrych { &quot;id&quot;: ..., &quot;title&quot;: ... }</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role %1</source>
        <translation>rôl %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>section %1 must be an object { ... }</source>
        <translation>rhaid i adran %1 fod yn wrthrych { ... }</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>section %1</source>
        <translation>adran %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: question %2 must be an object { ... }</source>
        <translation>%1: rhaid i gwestiwn %2 fod yn wrthrych { ... }</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>question %1 of section %2</source>
        <translation>cwestiwn %1 yn adran %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>question %1</source>
        <translation>cwestiwn %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: &quot;levels&quot; is missing; it must describe &quot;fullyMet&quot;, &quot;mostlyMet&quot;, &quot;partiallyMet&quot; and &quot;notMet&quot;</source>
        <translation>%1: mae &quot;levels&quot; ar goll; rhaid iddo ddisgrifio &quot;fullyMet&quot;, &quot;mostlyMet&quot;, &quot;partiallyMet&quot; a &quot;notMet&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+236"/>
        <source> levels</source>
        <translation> (lefelau)</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1: &quot;source&quot; is missing; it must name the &quot;seed&quot; document the question comes from</source>
        <translation>%1: mae &quot;source&quot; ar goll; rhaid iddo enwi&apos;r ddogfen &quot;seed&quot; y daw&apos;r cwestiwn ohoni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> source</source>
        <translation> (ffynhonnell)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: &quot;roles&quot; must be a list of role ids, such as [&quot;lead-member&quot;]</source>
        <translation>%1: rhaid i &quot;roles&quot; fod yn rhestr o ddynodyddion rôl, fel [&quot;lead-member&quot;]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>but it is missing</source>
        <translation>ond mae ar goll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not %1</source>
        <translation>nid %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &quot;weight&quot; must be a whole number from 1 to 3, %2</source>
        <translation>%1: rhaid i &quot;weight&quot; fod yn rhif cyfan o 1 i 3, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+135"/>
        <source>%1: &quot;gate&quot; must be true or false</source>
        <translation>%1: rhaid i &quot;gate&quot; fod yn true neu false</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>%1: %2 must be a list of ids, such as [&quot;england&quot;, &quot;wales&quot;]</source>
        <translation>%1: rhaid i %2 fod yn rhestr o ddynodyddion, fel [&quot;england&quot;, &quot;wales&quot;]</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+173"/>
        <source>%1: &quot;byJurisdiction&quot; must be an object keyed by jurisdiction id { &quot;wales&quot;: { ... } }</source>
        <translation>%1: rhaid i &quot;byJurisdiction&quot; fod yn wrthrych wedi&apos;i allweddu yn ôl dynodydd awdurdodaeth { &quot;wales&quot;: { ... } }</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+173"/>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&quot;translations&quot; must be an object { &quot;cy&quot;: { ... } }</source>
        <translation>rhaid i &quot;translations&quot; fod yn wrthrych { &quot;cy&quot;: { ... } }</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+54"/>
        <source>translations %1</source>
        <translation>cyfieithiadau %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1: the language must be a code such as &quot;cy&quot;</source>
        <translation>%1: rhaid i&apos;r iaith fod yn god fel &quot;cy&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an object { &quot;title&quot;: ..., &quot;roles&quot;: ... }</source>
        <translation>%1: rhaid iddo fod yn wrthrych { &quot;title&quot;: ..., &quot;roles&quot;: ... }</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, role %2</source>
        <translation>%1, rôl %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, jurisdiction %2</source>
        <translation>%1, awdurdodaeth %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, section %2</source>
        <translation>%1, adran %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, question %2</source>
        <translation>%1, cwestiwn %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, glossary entry %2</source>
        <translation>%1, cofnod geirfa %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2 must be an object keyed by id { &quot;...&quot;: { ... } }</source>
        <translation>%1: rhaid i %2 fod yn wrthrych wedi&apos;i allweddu yn ôl id { &quot;...&quot;: { ... } }</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+110"/>
        <location line="+63"/>
        <source>%1 must be an object { ... }</source>
        <translation>%1: rhaid iddo fod yn wrthrych { ... }</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1: &quot;levels&quot; must be an object { &quot;fullyMet&quot;: ... }</source>
        <translation>%1: rhaid i &quot;levels&quot; fod yn wrthrych { &quot;fullyMet&quot;: ... }</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+32"/>
        <source>%1: &quot;aliases&quot; must be a list of text</source>
        <translation>%1: rhaid i &quot;aliases&quot; fod yn rhestr o destun</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>glossary entry %1 must be an object { &quot;term&quot;: ..., &quot;definition&quot;: ... }</source>
        <translation>rhaid i gofnod geirfa %1 fod yn wrthrych { &quot;term&quot;: ..., &quot;definition&quot;: ... }</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>glossary entry %1</source>
        <translation>cofnod geirfa %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Waymark has no built-in question bank of version %1</source>
        <translation>Nid oes gan Waymark fanc cwestiynau adeiledig o fersiwn %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot open the file: %1</source>
        <translation>methu agor y ffeil: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is larger than %1, the most a question bank may be</source>
        <translation>mae&apos;r ffeil yn fwy na %1, sef y maint mwyaf a ganiateir i fanc cwestiynau</translation>
    </message>
</context>
<context>
    <name>Waymark::BankValidator</name>
    <message>
        <location filename="../core/bank/BankValidator.cpp" line="+66"/>
        <source>%1 id %2 may use only letters, digits, &quot;-&quot;, &quot;_&quot; and &quot;.&quot;, and no spaces</source>
        <translation>ni all dynodydd %1 %2 ddefnyddio dim ond llythrennau, digidau, &quot;-&quot;, &quot;_&quot; a &quot;.&quot;, a dim bylchau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role</source>
        <translation>rôl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate role id %1 (first used on line %2)</source>
        <translation>dynodydd rôl dyblyg %1 (defnyddiwyd gyntaf ar linell %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>jurisdiction</source>
        <translation>awdurdodaeth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate jurisdiction id %1 (first used on line %2)</source>
        <translation>dynodydd awdurdodaeth dyblyg %1 (defnyddiwyd gyntaf ar linell %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none; add a &quot;jurisdictions&quot; list to the bank</source>
        <translation>dim un; ychwanegwch restr &quot;jurisdictions&quot; at y banc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>question %1: unknown jurisdiction %2 (the bank&apos;s jurisdictions are: %3)</source>
        <translation>cwestiwn %1: awdurdodaeth anhysbys %2 (awdurdodaethau&apos;r banc yw: %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question %1: &quot;byJurisdiction&quot; names unknown jurisdiction %2 (the bank&apos;s jurisdictions are: %3)</source>
        <translation>cwestiwn %1: mae &quot;byJurisdiction&quot; yn enwi awdurdodaeth anhysbys %2 (awdurdodaethau&apos;r banc yw: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question %1: &quot;byJurisdiction&quot; gives %2, where the question does not apply</source>
        <translation>cwestiwn %1: mae &quot;byJurisdiction&quot; yn rhoi %2, lle nad yw&apos;r cwestiwn yn berthnasol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question %1: &quot;subject&quot; must be &quot;council&quot;, &quot;partnership&quot; or &quot;organisation&quot;, not %2</source>
        <translation>cwestiwn %1: rhaid i &quot;subject&quot; fod yn &quot;council&quot;, &quot;partnership&quot; neu &quot;organisation&quot;, nid %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the mapping is from version %1, which is this bank&apos;s own version</source>
        <translation>mae&apos;r mapio o fersiwn %1, sef fersiwn y banc hwn ei hun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: question %1 of version %2 is listed twice (first on line %3)</source>
        <translation>mapio: mae cwestiwn %1 o fersiwn %2 wedi&apos;i restru ddwywaith (gyntaf ar linell %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: question %1 is said to become %2, which is not in the bank</source>
        <translation>mapio: dywedir bod cwestiwn %1 yn dod yn %2, nad yw yn y banc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: question %1 is retired, so &quot;to&quot; must be empty</source>
        <translation>mapio: mae cwestiwn %1 wedi&apos;i dynnu&apos;n ôl, felly rhaid i &quot;to&quot; fod yn wag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping: question %1 becomes nothing, so its change must be &quot;retired&quot;</source>
        <translation>mapio: nid yw cwestiwn %1 yn dod yn ddim byd, felly rhaid i&apos;w newid fod yn &quot;retired&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapping: question %1 is split, so &quot;to&quot; must list two or more questions</source>
        <translation>mapio: mae cwestiwn %1 wedi&apos;i rannu, felly rhaid i &quot;to&quot; restru dau gwestiwn neu ragor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mapping: question %1 is %2, so &quot;to&quot; must list exactly one question</source>
        <translation>mapio: newid cwestiwn %1 yw %2, felly rhaid i &quot;to&quot; restru un cwestiwn yn union</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>section</source>
        <translation>adran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate section id %1 (first used on line %2)</source>
        <translation>dynodydd adran dyblyg %1 (defnyddiwyd gyntaf ar linell %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question</source>
        <translation>cwestiwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate question id %1 (first used on line %2)</source>
        <translation>dynodydd cwestiwn dyblyg %1 (defnyddiwyd gyntaf ar linell %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>question %1: unknown role %2 (the bank&apos;s roles are: %3)</source>
        <translation>cwestiwn %1: rôl anhysbys %2 (rolau&apos;r banc yw: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question %1: role %2 is listed twice</source>
        <translation>cwestiwn %1: mae rôl %2 wedi&apos;i rhestru ddwywaith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question %1 does not list %2 in &quot;roles&quot;; the Lead Member sees every question</source>
        <translation>nid yw cwestiwn %1 yn rhestru %2 yn &quot;roles&quot;; mae&apos;r Aelod Arweiniol yn gweld pob cwestiwn</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>question %1: %2 is used in &quot;%3&quot; but is not in the glossary</source>
        <translation>cwestiwn %1: defnyddir %2 yn &quot;%3&quot; ond nid yw yn yr eirfa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>glossary: %1 is defined twice (first on line %2)</source>
        <translation>geirfa: diffinnir %1 ddwywaith (gyntaf ar linell %2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>translations %1: role %2 is not in the bank</source>
        <translation>cyfieithiadau %1: nid yw rôl %2 yn y banc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>translations %1: section %2 is not in the bank</source>
        <translation>cyfieithiadau %1: nid yw adran %2 yn y banc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>translations %1: jurisdiction %2 is not in the bank</source>
        <translation>cyfieithiadau %1: nid yw awdurdodaeth %2 yn y banc</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>translations %1: question %2 is not in the bank</source>
        <translation>cyfieithiadau %1: nid yw cwestiwn %2 yn y banc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>translations %1: question %2 has no &quot;byJurisdiction&quot; %3 to translate</source>
        <translation>cyfieithiadau %1: nid oes gan gwestiwn %2 &quot;byJurisdiction&quot; %3 i&apos;w gyfieithu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>translations %1: glossary term %2 is not in the bank (name an entry by its English &quot;term&quot;)</source>
        <translation>cyfieithiadau %1: nid yw&apos;r term geirfa %2 yn y banc (enwch gofnod yn ôl ei &quot;term&quot; Saesneg)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>role %1 has no questions</source>
        <translation>nid oes gan rôl %1 unrhyw gwestiynau</translation>
    </message>
</context>
<context>
    <name>Waymark::BoundedFile</name>
    <message>
        <location filename="../core/files/BoundedFile.cpp" line="+30"/>
        <source>the file is larger than %1, the most Waymark reads here</source>
        <translation>mae&apos;r ffeil yn fwy na %1, sef y maint mwyaf y mae Waymark yn ei ddarllen yma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is a folder, not a file</source>
        <translation>ffolder ydyw, nid ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a file; save what it carries to a file and give that</source>
        <translation>pibell (FIFO) ydyw, nid ffeil; cadwch yr hyn y mae&apos;n ei gludo mewn ffeil a rhowch y ffeil honno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a socket, not a file</source>
        <translation>soced ydyw, nid ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a device, not a file</source>
        <translation>dyfais ydyw, nid ffeil</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>it is not a file</source>
        <translation>nid ffeil ydyw</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+27"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>cannot open the file: %1</source>
        <translation>methu agor y ffeil: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the file: %1</source>
        <translation>methu darllen y ffeil: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 beit</translation>
    </message>
</context>
<context>
    <name>Waymark::Cli</name>
    <message>
        <location filename="../app/cli/BankCommands.cpp" line="+35"/>
        <source>Bank %1, version %2: %3, %4 (%5), %6</source>
        <translation>Banc %1, fersiwn %2: %3, %4 (%5), %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>%1 section</source>
        <translation>%1 adran</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>%1 sections</source>
        <translation>%1 adran</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>%1 question</source>
        <translation>%1 cwestiwn</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+102"/>
        <source>%1 questions</source>
        <translation>%1 cwestiwn</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 statutory gate</source>
        <translation>%1 prawf statudol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 statutory gates</source>
        <translation>%1 prawf statudol</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>%1 glossary term</source>
        <translation>%1 term geirfa</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+100"/>
        <source>%1 glossary terms</source>
        <translation>%1 term geirfa</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>As it applies under the law of %1</source>
        <translation>Fel y mae&apos;n gymwys o dan gyfraith %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jurisdictions: %1</source>
        <translation>Awdurdodaethau: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 questions)</source>
        <translation>(%1 cwestiwn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gate, weight %1</source>
        <translation>prawf, pwysoliad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight %1</source>
        <translation>pwysoliad %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show this bank file instead of the built-in bank.</source>
        <translation>Dangos y ffeil banc hon yn lle&apos;r banc sydd wedi&apos;i gynnwys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the bank as it applies under this jurisdiction&apos;s law.</source>
        <translation>Dangos y banc fel y mae&apos;n gymwys o dan gyfraith yr awdurdodaeth hon.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+210"/>
        <source>Print JSON.</source>
        <translation>Argraffu JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/BankCommands.cpp" line="+5"/>
        <source>waymark-cli bank show: unexpected argument &quot;%1&quot;; to show a bank file use --bank FILE</source>
        <translation>waymark-cli bank show: dadl annisgwyl &quot;%1&quot;; i ddangos ffeil banc defnyddiwch --bank FILE</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>waymark-cli bank validate: give exactly one FILE to check</source>
        <translation>waymark-cli bank validate: rhowch union un FILE i&apos;w wirio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a valid question bank (errors: %2)</source>
        <translation>%1: nid yw&apos;n fanc cwestiynau dilys (gwallau: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: valid question bank &quot;%2&quot; (%3, version %4): %5, %6, %7</source>
        <translation>%1: banc cwestiynau dilys &quot;%2&quot; (%3, fersiwn %4): %5, %6, %7</translation>
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
        <translation>Defnydd: waymark-cli COMMAND [OPTIONS]

Waymark: adolygiad porth o drefniadau diogelu lleol ar gyfer aelodau etholedig.

Gorchmynion:
  --version                      argraffu&apos;r fersiwn
  --help                         argraffu&apos;r cymorth hwn
  bank show [--bank FILE] [--jurisdiction J] [--json]
                                 dangos y banc cwestiynau adeiledig, neu FILE, fel
                                 y mae&apos;n gymwys o dan gyfraith J (england, wales) os rhoddir
  bank validate FILE             gwirio ffeil banc cwestiynau a rhestru pob problem
  list --db DB [--json]          rhestru&apos;r asesiadau mewn cronfa ddata
  new --db DB --authority TEXT --respondent TEXT --role ROLE [--title TEXT]
      [--date YYYY-MM-DD] [--jurisdiction england|wales]
                                 dechrau asesiad; yn argraffu ei id
  new --db DB --from ID [--title TEXT] [--date YYYY-MM-DD]
                                 dechrau cylch nesaf asesiad, gan gario ei
                                 dystiolaeth a&apos;i gamau agored; yn argraffu ei id
  answer --db DB --assessment ID --question QID
      --rating 0|1|2|3|dont-know|not-applicable|clear [--evidence TEXT] [--note TEXT]
                                 ateb un cwestiwn
  scores --db DB --assessment ID [--json]
                                 sgoriau, RAG, porth, blaenoriaethau a bylchau
  trend --db DB --authority TEXT --role ROLE [--json]
                                 pob asesiad o awdurdod a rôl, pob un wedi&apos;i
                                 sgorio yn erbyn ei fersiwn ei hun o&apos;r banc
  export --db DB --assessment ID --out FILE [--format FORMAT]
                                 ysgrifennu un asesiad: exchange (y rhagosodiad),
                                 answers-csv neu actions-csv
  import --db DB FILE...         mewnforio ffeiliau cyfnewid; yn argraffu&apos;r dynodyddion
  restore --db DB [--backup FILE] [--list]
                                 rhoi&apos;r copi wrth gefn diweddaraf (neu un a ddewiswyd) yn ôl
  report --db DB --assessment ID --out FILE.pdf|FILE.html|FILE.odt
      [--format pdf|html|odt]    adolygiad porth asesiad: PDF wedi&apos;i dagio,
                                 HTML hygyrch neu ddogfen i&apos;w golygu
  report --db DB (--all | --assessment ID...) --out-dir DIR [--format F]
                                 un adolygiad i bob asesiad, ar gyfer pecyn; yn argraffu&apos;r ffeiliau
  workbook --role ROLE --out FILE.pdf|.html|.odt [--format F] [--bank FILE]
      [--jurisdiction J]
                                 llyfr gwaith papur gwag o gwestiynau&apos;r rôl
  workshop new --db DB --name TEXT [--authority TEXT] [--date YYYY-MM-DD]
      [--facilitator TEXT] [--jurisdiction J]
                                 sefydlu gweithdy; yn argraffu ei id
  workshop list --db DB [--json] rhestru&apos;r gweithdai
  workshop pack --db DB --workshop ID --member TEXT --role ROLE --out FILE
                                 pecyn ateb i un aelod ei lenwi
  workshop add --db DB --workshop ID [--accept-mismatched] FILE...
                                 casglu ffeiliau a ddychwelwyd; yn argraffu dynodyddion y cyfranogwyr
  workshop member --db DB --workshop ID --name TEXT --role ROLE
                                 ychwanegu aelod sydd yn yr ystafell; yn argraffu ei id
  workshop spread --db DB --workshop ID [--json]
                                 sut y graddiodd yr aelodau bob cwestiwn
  workshop agree --db DB --workshop ID --question QID --rating R [--note TEXT]
                                 cofnodi&apos;r radd y cytunodd yr ystafell arni
  workshop report --db DB --workshop ID --out FILE.pdf|.html|.odt [--format F]
      [--anonymise] [--member-reviews]
                                 argraffu pecyn y gweithdy
  server init --db URI           sefydlu Waymark ar weinydd PostgreSQL
  server grant --db URI --login NAME --as member|facilitator|officer|admin
                                 rhoi ei rôl Waymark i fewngofnod
  server upgrade --db URI        codi data Waymark y gweinydd i&apos;r fersiwn hon
  server status --db URI [--json]
                                 y gweinydd, ei ddata Waymark, a&apos;r hyn y cewch ei wneud
  server copy --from FILE --db URI
                                 copïo asesiadau gliniadur i&apos;r gweinydd
  history --db URI --assessment ID [--question QID] [--json]
                                 pob newid i ateb, fel y mae&apos;r gweinydd yn ei gadw

Mae DB yn ffeil cronfa ddata, neu&apos;n weinydd PostgreSQL ar ffurf
postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=require] (docs/server.md).
Mae new, import a workshop new yn creu ffeil --db nad yw&apos;n bodoli; mae angen
cronfa ddata sy&apos;n bodoli eisoes ar y gorchmynion eraill. Rhoddir pob opsiwn
unwaith yn unig (ac eithrio --assessment gyda --out-dir yn report).

Codau gadael: 0 llwyddiant, 1 gwall defnydd, 2 mewnbwn annilys, 3 gwall storio.
Canllaw cyfeirio llawn: docs/cli.md
</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>waymark-cli: unknown command &quot;%1&quot;</source>
        <translation>waymark-cli: gorchymyn anhysbys &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/VerbOptions.cpp" line="+91"/>
        <source>Run &apos;waymark-cli --help&apos; for usage.</source>
        <translation>Rhedwch &apos;waymark-cli --help&apos; i weld sut i&apos;w ddefnyddio.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>--%1 was given more than once; give it once</source>
        <translation>rhoddwyd --%1 fwy nag unwaith; rhowch ef unwaith yn unig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--db needs the name of a database file</source>
        <translation>mae angen enw ffeil cronfa ddata ar --db</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark-cli %1: --%2 is required</source>
        <translation>waymark-cli %1: mae angen --%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark-cli %1: unexpected argument &quot;%2&quot;</source>
        <translation>waymark-cli %1: dadl annisgwyl &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="-184"/>
        <source>%1 is %2 characters long; the most allowed is %3</source>
        <translation>mae %1 yn %2 nod o hyd; y mwyaf a ganiateir yw %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds a NUL character, which no text may hold</source>
        <translation>mae %1 yn cynnwys nod NUL, na chaiff unrhyw destun ei gynnwys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds half of a UTF-16 surrogate pair, which is not a character</source>
        <translation>mae %1 yn cynnwys hanner pâr dirprwyol UTF-16, nad yw&apos;n nod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds U+FFFE or U+FFFF, which Unicode keeps out of text</source>
        <translation>mae %1 yn cynnwys U+FFFE neu U+FFFF, y mae Unicode yn eu cadw allan o destun</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check the name; &apos;waymark-cli new&apos; or &apos;waymark-cli import&apos; start a new database.</source>
        <translation>Gwiriwch yr enw; mae &apos;waymark-cli new&apos; neu &apos;waymark-cli import&apos; yn dechrau cronfa ddata newydd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s format: pdf, html or odt (by default the extension of --out says).</source>
        <translation>Fformat y ffeil: pdf, html neu odt (yn ddiofyn, estyniad --out sy&apos;n dweud).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waymark-cli %1: --format &quot;%2&quot; is not a format; use pdf, html or odt</source>
        <translation>waymark-cli %1: nid yw --format &quot;%2&quot; yn fformat; defnyddiwch pdf, html neu odt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waymark-cli %1: cannot tell the format of %2 from its name; end it in .pdf, .html or .odt, or give --format pdf|html|odt</source>
        <translation>waymark-cli %1: ni ellir gweld fformat %2 o&apos;i enw; gorffennwch ef ag .pdf, .html neu .odt, neu rhowch --format pdf|html|odt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>warning: %1</source>
        <translation>rhybudd: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>waymark-cli %1: --rating must be 0, 1, 2, 3, dont-know, not-applicable or clear, not &quot;%2&quot;</source>
        <translation>waymark-cli %1: rhaid i --rating fod yn 0, 1, 2, 3, dont-know, not-applicable neu clear, nid &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>waymark-cli %1: --assessment must be an assessment id (a whole number from &apos;waymark-cli list&apos;), not &quot;%2&quot;</source>
        <translation>waymark-cli %1: rhaid i --assessment fod yn id asesiad (rhif cyfan o &apos;waymark-cli list&apos;), nid &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Waymark database (created if it does not exist).</source>
        <translation>Cronfa ddata Waymark (caiff ei chreu os nad yw&apos;n bodoli).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assessment&apos;s id.</source>
        <translation>Id yr asesiad.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>waymark-cli %1: --jurisdiction: the question bank has no jurisdiction &quot;%2&quot;; its jurisdictions are: %3</source>
        <translation>waymark-cli %1: --jurisdiction: nid oes gan y banc cwestiynau awdurdodaeth &quot;%2&quot;; ei awdurdodaethau yw: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/DataCommands.cpp" line="+22"/>
        <location filename="../app/cli/TrendCommand.cpp" line="+20"/>
        <source>no score</source>
        <translation>dim sgôr</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No assessments yet. Start one with: waymark-cli new --db %1 --authority TEXT --respondent TEXT --role ROLE</source>
        <translation>Dim asesiadau eto. Dechreuwch un gyda: waymark-cli new --db %1 --authority TEXT --respondent TEXT --role ROLE</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/TrendCommand.cpp" line="+59"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Newid diwethaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority / member</source>
        <translation>Awdurdod / aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/TrendCommand.cpp" line="+1"/>
        <source>Law</source>
        <translation>Cyfraith</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>assessment %1 is the next cycle of assessment %2, against question bank %3 version %4</source>
        <translation>asesiad %1 yw cylch nesaf asesiad %2, yn erbyn banc cwestiynau %3 fersiwn %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>carried: evidence for %1 question(s), marked to be checked; %2 open action(s) with their status</source>
        <translation>wedi&apos;u cario: tystiolaeth ar gyfer %1 cwestiwn, wedi&apos;i nodi i&apos;w gwirio; %2 cam agored gyda&apos;u statws</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not carried: the ratings; %1 note(s), which stay with assessment %2; %3 done action(s)</source>
        <translation>heb eu cario: y graddau; %1 nodyn, sy&apos;n aros gydag asesiad %2; %3 cam wedi&apos;u gwneud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 earlier question(s) no longer asked of this role under this law, left out: %2</source>
        <translation>%1 cwestiwn cynharach na ofynnir mwyach i&apos;r rôl hon o dan y gyfraith hon, wedi&apos;u gadael allan: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 carried evidence text(s) were cut to the longest allowed; the earlier assessment keeps them whole</source>
        <translation>torrwyd %1 testun tystiolaeth a gariwyd i&apos;r hyd mwyaf a ganiateir; mae&apos;r asesiad cynharach yn eu cadw&apos;n gyfan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waymark-cli %1: --date: &quot;%2&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>waymark-cli %1: --date: nid yw &quot;%2&quot; yn ddyddiad ar y ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The council or partnership.</source>
        <translation>Y cyngor neu&apos;r bartneriaeth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+212"/>
        <source>The member&apos;s name.</source>
        <translation>Enw&apos;r aelod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+2"/>
        <location line="+38"/>
        <source>The member&apos;s role.</source>
        <translation>Rôl yr aelod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A title for the assessment.</source>
        <translation>Teitl ar gyfer yr asesiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the assessment.</source>
        <translation>Dyddiad yr asesiad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law the assessment is made under (england by default).</source>
        <translation>Y gyfraith y gwneir yr asesiad oddi tani (england yn ddiofyn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next cycle of this earlier assessment.</source>
        <translation>Dechrau cylch nesaf yr asesiad cynharach hwn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waymark-cli new: --%1 cannot be given with --from, which takes it from the earlier assessment</source>
        <translation>waymark-cli new: ni ellir rhoi --%1 gyda --from, sy&apos;n ei gymryd o&apos;r asesiad cynharach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waymark-cli new: --%1 is required (or --from ID)</source>
        <translation>waymark-cli new: mae angen --%1 (neu --from ID)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>waymark-cli new: --authority and --respondent must not be empty</source>
        <translation>waymark-cli new: ni chaiff --authority a --respondent fod yn wag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waymark-cli new: --role: unknown role &quot;%1&quot;; the roles are: %2</source>
        <translation>waymark-cli new: --role: rôl anhysbys &quot;%1&quot;; y rolau yw: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>waymark-cli answer: --question: question %1 does not apply under the law of %2, which assessment %3 is made under</source>
        <translation>waymark-cli answer: --question: nid yw cwestiwn %1 yn gymwys o dan gyfraith %2, y gwneir asesiad %3 oddi tani</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>waymark-cli answer: --question: there is no question &quot;%1&quot; in version %2 of the question bank, which assessment %3 was answered against (see &apos;waymark-cli bank show&apos;)</source>
        <translation>waymark-cli answer: --question: nid oes cwestiwn &quot;%1&quot; yn fersiwn %2 o&apos;r banc cwestiynau, yr atebwyd asesiad %3 yn ei erbyn (gweler &apos;waymark-cli bank show&apos;)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+89"/>
        <source>The question&apos;s id.</source>
        <translation>Id y cwestiwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+3"/>
        <source>0, 1, 2, 3, dont-know, not-applicable or clear.</source>
        <translation>0, 1, 2, 3, dont-know, not-applicable neu clear.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you know.</source>
        <translation>Sut rydych chi&apos;n gwybod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note or question for officers.</source>
        <translation>Nodyn neu gwestiwn i swyddogion.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>waymark-cli answer: --question: question %1 does not apply to the role &quot;%2&quot; of assessment %3</source>
        <translation>waymark-cli answer: --question: nid yw cwestiwn %1 yn berthnasol i&apos;r rôl &quot;%2&quot; yn asesiad %3</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Assessment %1: %2, %3 (%4)</source>
        <translation>Asesiad %1: %2, %3 (%4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question bank %1 version %2, under the law of %3</source>
        <translation>Banc cwestiynau %1 fersiwn %2, o dan gyfraith %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1</source>
        <translation>Porth: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall: %1 (%2), %3 of %4 answered, %5 rated</source>
        <translation>Cyffredinol: %1 (%2), %3 o %4 wedi&apos;u hateb, %5 wedi&apos;u graddio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gate failed</source>
        <translation>wedi methu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Failed statutory gates</source>
        <translation>Profion statudol a fethodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorities for improvement</source>
        <translation>Blaenoriaethau ar gyfer gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge gaps: questions to ask officers</source>
        <translation>Bylchau gwybodaeth: cwestiynau i&apos;w gofyn i swyddogion</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="+19"/>
        <source>The file to write.</source>
        <translation>Y ffeil i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange (the default), answers-csv or actions-csv.</source>
        <translation>exchange (y rhagosodiad), answers-csv neu actions-csv.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waymark-cli export: --format must be exchange, answers-csv or actions-csv, not &quot;%1&quot;</source>
        <translation>waymark-cli export: rhaid i --format fod yn exchange, answers-csv neu actions-csv, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>waymark-cli export: assessment %1: %2</source>
        <translation>waymark-cli export: asesiad %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark-cli export: assessment %1 was not exported, because Waymark could not import the file; change what is listed above, then export again</source>
        <translation>waymark-cli export: ni allforiwyd asesiad %1, oherwydd na allai Waymark fewnforio&apos;r ffeil; newidiwch yr hyn a restrir uchod, yna allforiwch eto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Waymark database to restore.</source>
        <translation>Y gronfa ddata Waymark i&apos;w hadfer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup to restore (the latest by default).</source>
        <translation>Y copi wrth gefn i&apos;w adfer (y diweddaraf yn ddiofyn).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the backups, newest first.</source>
        <translation>Rhestru&apos;r copïau wrth gefn, y mwyaf newydd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no Waymark database at %1, and no backups of one in %2.</source>
        <translation>Nid oes cronfa ddata Waymark yn %1, a dim copïau wrth gefn ohoni yn %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waymark-cli restore: there are no backups of %1 in %2</source>
        <translation>waymark-cli restore: nid oes copïau wrth gefn o %1 yn %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored %1 from %2.</source>
        <translation>Adferwyd %1 o %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored %1 from %2; the file it replaced was kept as %3.</source>
        <translation>Adferwyd %1 o %2; cadwyd y ffeil a ddisodlwyd fel %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: answered against version %2 of the question bank, which this Waymark does not have; questions are matched by id to version %3</source>
        <translation>%1: atebwyd yn erbyn fersiwn %2 o&apos;r banc cwestiynau, nad yw gan y Waymark hwn; paru&apos;r cwestiynau yn ôl eu dynodydd â fersiwn %3</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="-72"/>
        <source>The Waymark database.</source>
        <translation>Cronfa ddata Waymark.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="-24"/>
        <source>waymark-cli import: give --db DB and at least one FILE</source>
        <translation>waymark-cli import: rhowch --db DB ac o leiaf un FILE</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not imported</source>
        <translation>%1: heb ei mewnforio</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>assessment %1 (%2, %3) was already in the database: updated %4 answer(s) that were newer in the file</source>
        <translation>roedd asesiad %1 (%2, %3) eisoes yn y gronfa ddata: diweddarwyd %4 ateb a oedd yn fwy newydd yn y ffeil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>assessment %1: cleared %2 answer(s) that were cleared in the file after they were last changed here</source>
        <translation>asesiad %1: cliriwyd %2 ateb a gliriwyd yn y ffeil ar ôl iddynt gael eu newid yma ddiwethaf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommands.cpp" line="+62"/>
        <source>The assessment&apos;s id; with --out-dir it may be given more than once.</source>
        <translation>Id yr asesiad; gyda --out-dir gellir ei roi fwy nag unwaith.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --out-dir: a review for every assessment.</source>
        <translation>Gyda --out-dir: adolygiad ar gyfer pob asesiad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <location filename="../app/cli/WorkshopCommands.cpp" line="+41"/>
        <source>The file to write: a .pdf, .html or .odt file.</source>
        <translation>Y ffeil i&apos;w hysgrifennu: ffeil .pdf, .html neu .odt.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Write one file per assessment into this folder.</source>
        <translation>Ysgrifennu un ffeil i bob asesiad yn y ffolder hon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waymark-cli report: give --assessment ID --out FILE.pdf, or --out-dir DIR with --all or one or more --assessment ID</source>
        <translation>waymark-cli report: rhowch --assessment ID --out FILE.pdf, neu --out-dir DIR gyda --all neu un --assessment ID neu ragor</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>waymark-cli report: cannot create the folder %1</source>
        <translation>waymark-cli report: methu creu&apos;r ffolder %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The role whose questions the workbook holds.</source>
        <translation>Y rôl y mae&apos;r llyfr gwaith yn cynnwys ei chwestiynau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use this question bank file instead of the built-in bank.</source>
        <translation>Defnyddio&apos;r ffeil banc cwestiynau hon yn lle&apos;r banc sydd wedi&apos;i gynnwys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The law the workbook&apos;s questions are asked under (england by default).</source>
        <translation>Y gyfraith y gofynnir cwestiynau&apos;r llyfr gwaith oddi tani (england yn ddiofyn).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>waymark-cli workbook: --role &quot;%1&quot; is not a role of the question bank; use one of: %2</source>
        <translation>waymark-cli workbook: nid yw --role &quot;%1&quot; yn un o rolau&apos;r banc cwestiynau; defnyddiwch un o: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkshopCommands.cpp" line="-361"/>
        <source>The workshop&apos;s id.</source>
        <translation>Id y gweithdy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>waymark-cli %1: --workshop must be a workshop id (a whole number from &apos;waymark-cli workshop list&apos;), not &quot;%2&quot;</source>
        <translation>waymark-cli %1: rhaid i --workshop fod yn id gweithdy (rhif cyfan o &apos;waymark-cli workshop list&apos;), nid &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The workshop&apos;s name.</source>
        <translation>Enw&apos;r gweithdy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The council; returned files for another council are flagged.</source>
        <translation>Y cyngor; caiff ffeiliau a ddychwelwyd ar gyfer cyngor arall eu fflagio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day it is held.</source>
        <translation>Y diwrnod y caiff ei gynnal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs the workshop.</source>
        <translation>Pwy sy&apos;n cynnal y gweithdy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The law the workshop reviews under (england by default); members&apos; files under another are flagged.</source>
        <translation>Y gyfraith y mae&apos;r gweithdy&apos;n adolygu oddi tani (england yn ddiofyn); nodir ffeiliau aelodau o dan gyfraith arall.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>waymark-cli workshop new: --name must not be empty</source>
        <translation>waymark-cli workshop new: ni chaiff --name fod yn wag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waymark-cli workshop new: --date: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>waymark-cli workshop new: --date: nid yw &quot;%1&quot; yn ddyddiad ar y ffurf YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Also add files for another council, question bank version or jurisdiction.</source>
        <translation>Ychwanegu ffeiliau ar gyfer cyngor, fersiwn banc cwestiynau neu awdurdodaeth arall hefyd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waymark-cli workshop add: give --db DB, --workshop ID and at least one FILE</source>
        <translation>waymark-cli workshop add: rhowch --db DB, --workshop ID ac o leiaf un FILE</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>To add those files anyway, run the same command with --accept-mismatched.</source>
        <translation>I ychwanegu&apos;r ffeiliau hynny beth bynnag, rhedwch yr un gorchymyn gyda --accept-mismatched.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>waymark-cli workshop member: give a --name and one of the bank&apos;s roles for --role</source>
        <translation>waymark-cli workshop member: rhowch --name ac un o rolau&apos;r banc ar gyfer --role</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The member the pack is for.</source>
        <translation>Yr aelod y mae&apos;r pecyn ar ei gyfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer pack file to write.</source>
        <translation>Y ffeil pecyn ateb i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>waymark-cli workshop pack: give a --member name and one of the bank&apos;s roles for --role</source>
        <translation>waymark-cli workshop pack: rhowch enw --member ac un o rolau&apos;r banc ar gyfer --role</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 members</source>
        <translation>%1: %2 aelod</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  DISAGREE</source>
        <translation>  ANGHYTUNO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  agreed: %1</source>
        <translation>  cytunwyd: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any dissent or note to record.</source>
        <translation>Unrhyw anghytundeb neu nodyn i&apos;w gofnodi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waymark-cli workshop agree: --question: there is no question &quot;%1&quot; in the question bank</source>
        <translation>waymark-cli workshop agree: --question: nid oes cwestiwn &quot;%1&quot; yn y banc cwestiynau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show members as Member A, B, … and name nobody.</source>
        <translation>Dangos aelodau fel Aelod A, B, … heb enwi neb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add each member&apos;s own review as an appendix.</source>
        <translation>Ychwanegu adolygiad pob aelod ei hun fel atodiad.</translation>
    </message>
    <message>
        <location filename="../app/cli/TrendCommand.cpp" line="-51"/>
        <source>DK</source>
        <translation>DG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NA</source>
        <translation>AMH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>up</source>
        <translation>i fyny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>i lawr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not asked</source>
        <translation>heb ei ofyn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(as %1, before the split)</source>
        <translation>(fel %1, cyn ei rannu)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(as %1)</source>
        <translation>(fel %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(before the split)</source>
        <translation>(cyn ei rannu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trend: %1, %2: %3 assessment(s)</source>
        <translation>Tuedd: %1, %2: %3 asesiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Banc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall</source>
        <translation>Cyffredinol</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (gate)</source>
        <translation> (porth)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions that moved</source>
        <translation>Cwestiynau a symudodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Questions no longer asked</source>
        <translation>Cwestiynau na ofynnir mwyach</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(version %1) %2</source>
        <translation>(fersiwn %1) %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The council or partnership (case and spacing aside).</source>
        <translation>Y cyngor neu&apos;r bartneriaeth (heb ystyried priflythrennau a bylchau).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The members&apos; role.</source>
        <translation>Rôl yr aelodau.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>waymark-cli trend: --role: unknown role &quot;%1&quot;; the roles are: %2</source>
        <translation>waymark-cli trend: --role: rôl anhysbys &quot;%1&quot;; y rolau yw: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>waymark-cli trend: no assessments of %1 as %2 in %3</source>
        <translation>waymark-cli trend: dim asesiadau o %1 fel %2 yn %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ServerCommands.cpp" line="+21"/>
        <source>The server&apos;s database, as postgresql://USER@HOST/DBNAME.</source>
        <translation>Cronfa ddata&apos;r gweinydd, ar ffurf postgresql://USER@HOST/DBNAME.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>waymark-cli %1: --db must name a PostgreSQL server (postgresql://USER@HOST/DBNAME), not the file &quot;%2&quot;</source>
        <translation>waymark-cli %1: rhaid i --db enwi gweinydd PostgreSQL (postgresql://USER@HOST/DBNAME), nid y ffeil &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>answer and print your own assessments; hand them in to workshops</source>
        <translation>ateb ac argraffu eich asesiadau eich hun; eu cyflwyno i weithdai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run workshops, read the assessments handed in to them, record agreed ratings</source>
        <translation>gynnal gweithdai, darllen yr asesiadau a gyflwynir iddynt, cofnodi&apos;r graddau a gytunwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read anonymised totals (groups of five or more): no names, notes or evidence</source>
        <translation>ddarllen cyfansymiau dienw (grwpiau o bump neu fwy): dim enwau, nodiadau na thystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read and change every assessment, answer history and workshop, and upgrade the server&apos;s Waymark data (making new logins also needs PostgreSQL&apos;s CREATEROLE)</source>
        <translation>ddarllen a newid pob asesiad, hanes atebion a gweithdy, ac uwchraddio data Waymark y gweinydd (mae gwneud mewngofnodion newydd hefyd angen CREATEROLE PostgreSQL)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waymark is set up on %1 (version %2), with the roles waymark_member, waymark_facilitator, waymark_officer and waymark_admin. Give logins their roles with: waymark-cli server grant --db %1 --login NAME --as member</source>
        <translation>Mae Waymark wedi&apos;i sefydlu ar %1 (fersiwn %2), gyda&apos;r rolau waymark_member, waymark_facilitator, waymark_officer a waymark_admin. Rhowch eu rolau i fewngofnodion gyda: waymark-cli server grant --db %1 --login NAME --as member</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The PostgreSQL login.</source>
        <translation>Y mewngofnod PostgreSQL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role: member, facilitator, officer or admin.</source>
        <translation>Y rôl: member, facilitator, officer neu admin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waymark-cli server grant: --as must be member, facilitator, officer or admin, not &quot;%1&quot;</source>
        <translation>waymark-cli server grant: rhaid i --as fod yn member, facilitator, officer neu admin, nid &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created the login %1, without a password: set one with psql&apos;s \password %1, or let the server&apos;s own sign-in (Kerberos, certificates) admit it.</source>
        <translation>Crëwyd y mewngofnod %1, heb gyfrinair: gosodwch un gyda \password %1 yn psql, neu gadewch i ddull mewngofnodi&apos;r gweinydd ei hun (Kerberos, tystysgrifau) ei dderbyn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now a Waymark %2: may %3.</source>
        <translation>Mae gan %1 rôl Waymark %2 bellach: caiff %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Already at version %1: nothing to do.</source>
        <translation>Eisoes ar fersiwn %1: dim i&apos;w wneud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgraded from version %1 to %2.</source>
        <translation>Uwchraddiwyd o fersiwn %1 i %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Server:      %1 (PostgreSQL %2)</source>
        <translation>Gweinydd:     %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waymark:     set up, version %1</source>
        <translation>Waymark:      wedi&apos;i sefydlu, fersiwn %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark:     not set up (waymark-cli server init)</source>
        <translation>Waymark:      heb ei sefydlu (waymark-cli server init)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are:     %1</source>
        <translation>Chi yw:       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your roles:  none: ask the council&apos;s Waymark administrator for one</source>
        <translation>Eich rolau:   dim: gofynnwch i weinyddwr Waymark y cyngor am un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your roles:  %1: may %2</source>
        <translation>Eich rolau:   %1: cewch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessments</source>
        <translation>asesiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answers</source>
        <translation>ateb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workshops</source>
        <translation>gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>history entries</source>
        <translation>cofnod hanes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can see: %1 %2</source>
        <translation>Gallwch weld: %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The laptop&apos;s database file.</source>
        <translation>Ffeil cronfa ddata&apos;r gliniadur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied %1 assessment(s) to %2: %3 new, %4 with newer answers taken, %5 already up to date (%6 answer(s) and %7 clear(s) taken). Where the server&apos;s answer was newer it was kept.</source>
        <translation>Copïwyd %1 asesiad i %2: %3 newydd, %4 ag atebion mwy newydd wedi&apos;u cymryd, %5 eisoes yn gyfredol (%6 ateb a %7 clirio wedi&apos;u cymryd). Lle&apos;r oedd ateb y gweinydd yn fwy newydd, fe&apos;i cadwyd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only this question.</source>
        <translation>Y cwestiwn hwn yn unig.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No changes recorded (or none you may read).</source>
        <translation>Dim newidiadau wedi&apos;u cofnodi (neu ddim rhai y cewch eu darllen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2  %3 by %4: rating %5 -&gt; %6; evidence &quot;%7&quot; -&gt; &quot;%8&quot;; note &quot;%9&quot; -&gt; &quot;%10&quot;</source>
        <translation>%1  %2  %3 gan %4: gradd %5 -&gt; %6; tystiolaeth &quot;%7&quot; -&gt; &quot;%8&quot;; nodyn &quot;%9&quot; -&gt; &quot;%10&quot;</translation>
    </message>
</context>
<context>
    <name>Waymark::CompareView</name>
    <message>
        <location filename="../app/gui/summary/CompareView.cpp" line="+61"/>
        <source>%1, gate failed</source>
        <translation>%1, prawf wedi methu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>new question</source>
        <translation>cwestiwn newydd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>better</source>
        <translation>gwell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worse</source>
        <translation>gwaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>wedi newid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare with an earlier assessment</source>
        <translation>Cymharu ag asesiad cynharach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison</source>
        <translation>Cymhariaeth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Earlier assessment to compare with:</source>
        <translation>&amp;Asesiad cynharach i gymharu ag ef:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier assessment to compare with</source>
        <translation>Asesiad cynharach i gymharu ag ef</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier assessments of the same authority and role, newest first</source>
        <translation>Asesiadau cynharach o&apos;r un awdurdod a&apos;r un rôl, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the comparison</source>
        <translation>Am y gymhariaeth</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Versions compared</source>
        <translation>Y fersiynau a gymherir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overall change</source>
        <translation>Newid cyffredinol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sections then and now</source>
        <translation>A&amp;drannau bryd hynny a nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier score</source>
        <translation>Sgôr gynharach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score now</source>
        <translation>Sgôr nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>RAG earlier</source>
        <translation>RAG cynharach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RAG now</source>
        <translation>RAG nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections then and now</source>
        <translation>Adrannau bryd hynny a nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each section&apos;s score and RAG in the earlier assessment and now, and the change</source>
        <translation>Sgôr a RAG pob adran yn yr asesiad cynharach a nawr, a&apos;r newid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions whose answer changed</source>
        <translation>&amp;Cwestiynau y newidiodd eu hateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Earlier answer</source>
        <translation>Ateb cynharach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer now</source>
        <translation>Ateb nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions whose answer changed</source>
        <translation>Cwestiynau y newidiodd eu hateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The earlier answer, the answer now and whether it is better or worse. Press Enter to open a question.</source>
        <translation>Yr ateb cynharach, yr ateb nawr ac a yw&apos;n well neu&apos;n waeth. Pwyswch Enter i agor cwestiwn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer has changed since then.</source>
        <translation>Nid oes unrhyw ateb wedi newid ers hynny.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no score</source>
        <translation>dim sgôr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new score</source>
        <translation>sgôr newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no score now</source>
        <translation>dim sgôr nawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>▲ up %1</source>
        <translation>▲ i fyny %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ down %1</source>
        <translation>▼ i lawr %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>created %1</source>
        <translation>crëwyd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name given</source>
        <translation>dim enw wedi&apos;i roi</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The list of assessments could not be read: %1</source>
        <translation>Methu darllen y rhestr o asesiadau: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this authority</source>
        <translation>yr awdurdod hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no earlier assessment of the same authority (%1) and role (%2) to compare with. When an earlier one is in this database, for example imported from an exchange file, it is offered here.</source>
        <translation>Nid oes asesiad cynharach o&apos;r un awdurdod (%1) a&apos;r un rôl (%2) i gymharu ag ef. Pan fydd un cynharach yn y gronfa ddata hon, er enghraifft wedi&apos;i fewnforio o ffeil gyfnewid, caiff ei gynnig yma.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The earlier assessment could not be read: %1</source>
        <translation>Methu darllen yr asesiad cynharach: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The earlier assessment was answered against version %1 of the questions, this one against version %2. Each is scored against its own version; questions are compared through the mapping between the two.</source>
        <translation>Atebwyd yr asesiad cynharach yn erbyn fersiwn %1 o&apos;r cwestiynau, a&apos;r un hwn yn erbyn fersiwn %2. Caiff pob un ei sgorio yn erbyn ei fersiwn ei hun; cymherir cwestiynau drwy&apos;r mapio rhwng y ddwy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The earlier assessment was answered against %1 version %2, this one against %3 version %4, and no mapping links them. Each is scored against its own questions; questions are compared by their id.</source>
        <translation>Atebwyd yr asesiad cynharach yn erbyn %1 fersiwn %2, a&apos;r un hwn yn erbyn %3 fersiwn %4, ac nid oes mapio yn eu cysylltu. Caiff pob un ei sgorio yn erbyn ei gwestiynau ei hun; cymherir cwestiynau yn ôl eu id.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The earlier assessment was made under the law of %1, this one under the law of %2.</source>
        <translation>Gwnaed yr asesiad cynharach o dan gyfraith %1, a&apos;r un hwn o dan gyfraith %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overall score: %1 then, %2 now (%3). Gateway: %4 then, %5 now.</source>
        <translation>Sgôr gyffredinol: %1 bryd hynny, %2 nawr (%3). Porth: %4 bryd hynny, %5 nawr.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not asked then</source>
        <translation>heb ei ofyn bryd hynny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (as %2)</source>
        <translation>%1 (fel %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::CsvExport</name>
    <message>
        <location filename="../core/exchange/CsvExport.cpp" line="+11"/>
        <location line="+46"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>Question ID</source>
        <translation>ID y cwestiwn</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Gate</source>
        <translation>Prawf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Pwysoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>Wedi&apos;i fflagio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>Waymark::ExchangeFile</name>
    <message>
        <location filename="../core/exchange/ExchangeFile.cpp" line="+94"/>
        <location filename="../core/exchange/ExchangeReader.cpp" line="+85"/>
        <source>the file is larger than 16 MiB, the most an exchange file may be; it cannot be a Waymark assessment</source>
        <translation>mae&apos;r ffeil yn fwy na 16 MiB, sef y maint mwyaf a ganiateir i ffeil gyfnewid; ni all fod yn asesiad Waymark</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeReader.cpp" line="+15"/>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not valid UTF-8 text (line %1, column %2); it may be damaged, or saved in another encoding</source>
        <translation>nid yw&apos;r ffeil yn destun UTF-8 dilys (llinell %1, colofn %2); efallai ei bod wedi&apos;i difrodi, neu wedi&apos;i chadw mewn amgodiad arall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>nid yw&apos;n JSON dilys yn llinell %1, colofn %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the top level must be a JSON object { ... }, not %1</source>
        <translation>rhaid i&apos;r lefel uchaf fod yn wrthrych JSON { ... }, nid %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>assessment is missing</source>
        <translation>mae assessment ar goll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment must be an object { ... }, not %1</source>
        <translation>rhaid i assessment fod yn wrthrych { ... }, nid %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>format is missing; this is not a Waymark assessment file</source>
        <translation>mae format ar goll; nid ffeil asesiad Waymark yw hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format must be &quot;waymark-assessment&quot;, not %1; this is not a Waymark assessment file</source>
        <translation>rhaid i format fod yn &quot;waymark-assessment&quot;, nid %1; nid ffeil asesiad Waymark yw hon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>formatVersion is missing</source>
        <translation>mae formatVersion ar goll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formatVersion must be a whole number such as 1, not %1</source>
        <translation>rhaid i formatVersion fod yn rhif cyfan fel 1, nid %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file was written by a newer version of Waymark (format version %1; this version reads up to %2); update Waymark to import it</source>
        <translation>cafodd y ffeil hon ei hysgrifennu gan fersiwn mwy newydd o Waymark (fersiwn fformat %1; mae&apos;r fersiwn hon yn darllen hyd at %2); diweddarwch Waymark i&apos;w mewnforio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>bank is missing</source>
        <translation>mae bank ar goll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bank must be an object { &quot;id&quot;: ..., &quot;version&quot;: ... }, not %1</source>
        <translation>rhaid i bank fod yn wrthrych { &quot;id&quot;: ..., &quot;version&quot;: ... }, nid %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file was answered against the question bank %1, not %2 (the bank in use); import it where that bank is loaded</source>
        <translation>atebwyd y ffeil yn erbyn y banc cwestiynau %1, nid %2 (y banc sy&apos;n cael ei ddefnyddio); mewnforiwch hi lle y mae&apos;r banc hwnnw wedi&apos;i lwytho</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>uid must be a UUID such as &quot;0f8fad5b-d9cb-469f-a165-70867728950e&quot;, not %1</source>
        <translation>rhaid i uid fod yn UUID fel &quot;0f8fad5b-d9cb-469f-a165-70867728950e&quot;, nid %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>id must be a whole number, not %1</source>
        <translation>rhaid i id fod yn rhif cyfan, nid %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>role %1 is not a role of the question bank %2 (%3)</source>
        <translation>nid yw rôl %1 yn un o rolau&apos;r banc cwestiynau %2 (%3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>jurisdiction %1 is not one of the question bank %2 (%3)</source>
        <translation>nid yw awdurdodaeth %1 yn un o rai&apos;r banc cwestiynau %2 (%3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>each answer must be an object { &quot;question&quot;: ..., ... }, not %1</source>
        <translation>rhaid i bob ateb fod yn wrthrych { &quot;question&quot;: ..., ... }, nid %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question %1 is answered twice (also in answers[%2])</source>
        <translation>mae cwestiwn %1 wedi&apos;i ateb ddwywaith (hefyd yn answers[%2])</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>each clear must be an object { &quot;question&quot;: ..., &quot;updated&quot;: ... }, not %1</source>
        <translation>rhaid i bob clirio fod yn wrthrych { &quot;question&quot;: ..., &quot;updated&quot;: ... }, nid %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>question %1 is cleared twice (also in cleared[%2])</source>
        <translation>mae cwestiwn %1 wedi&apos;i glirio ddwywaith (hefyd yn cleared[%2])</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question %1 is both answered (answers[%2]) and cleared</source>
        <translation>mae cwestiwn %1 wedi&apos;i ateb (answers[%2]) ac wedi&apos;i glirio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>updated is missing</source>
        <translation>mae updated ar goll</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each action must be an object { &quot;what&quot;: ..., ... }, not %1</source>
        <translation>rhaid i bob cam gweithredu fod yn wrthrych { &quot;what&quot;: ..., ... }, nid %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>status is missing</source>
        <translation>mae status ar goll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status must be &quot;not-started&quot;, &quot;in-progress&quot; or &quot;done&quot;, not %1</source>
        <translation>rhaid i status fod yn &quot;not-started&quot;, &quot;in-progress&quot; neu &quot;done&quot;, nid %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 must be a list [ ... ], not %2</source>
        <translation>rhaid i %1 fod yn rhestr [ ... ], nid %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+144"/>
        <source>%1 is missing</source>
        <translation>mae %1 ar goll</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 must be text in quotes, not %2</source>
        <translation>rhaid i %1 fod yn destun mewn dyfynodau, nid %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is %2 characters long; the most allowed is %3</source>
        <translation>mae %1 yn %2 nod o hyd; y mwyaf a ganiateir yw %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not be empty</source>
        <translation>ni chaiff %1 fod yn wag</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>question %1 is not in the question bank %2, and is not written as a question id (letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;)</source>
        <translation>nid yw cwestiwn %1 yn y banc cwestiynau %2, ac nid yw wedi&apos;i ysgrifennu fel dynodydd cwestiwn (llythrennau, digidau, &quot;.&quot;, &quot;_&quot; a &quot;-&quot;)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> and %1 more</source>
        <translation> a %1 arall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question(s) %1 are not in the question bank %2 (retired from it, or from another version of it): their answers and actions are kept, but count nowhere</source>
        <translation>nid yw cwestiwn(au) %1 yn y banc cwestiynau %2 (wedi&apos;u tynnu ohono, neu o fersiwn arall ohono): cedwir eu hatebion a&apos;u camau gweithredu, ond nid ydynt yn cyfrif yn unman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>question(s) %1 do not apply under the law of %2: their answers and actions are kept, but count nowhere</source>
        <translation>nid yw cwestiwn(au) %1 yn berthnasol o dan gyfraith %2: cedwir eu hatebion a&apos;u camau gweithredu, ond nid ydynt yn cyfrif yn unman</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question(s) %1 do not apply to the role %2: their answers and actions are kept, but count nowhere</source>
        <translation>nid yw cwestiwn(au) %1 yn berthnasol i&apos;r rôl %2: cedwir eu hatebion a&apos;u camau gweithredu, ond nid ydynt yn cyfrif yn unman</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rating must be 0, 1, 2, 3, &quot;dont-know&quot; or &quot;not-applicable&quot;, not %1</source>
        <translation>rhaid i rating fod yn 0, 1, 2, 3, &quot;dont-know&quot; neu &quot;not-applicable&quot;, nid %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flag must be true or false, not %1</source>
        <translation>rhaid i flag fod yn true neu false, nid %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a date written YYYY-MM-DD, not %2</source>
        <translation>rhaid i %1 fod yn ddyddiad ar y ffurf YYYY-MM-DD, nid %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a date and time with its time zone, such as &quot;2026-11-23T14:05:09.123Z&quot;, not %2</source>
        <translation>rhaid i %1 fod yn ddyddiad ac amser gyda&apos;i gylchfa amser, fel &quot;2026-11-23T14:05:09.123Z&quot;, nid %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 is in the future, more than 24 hours ahead of this computer&apos;s clock; the computer that wrote the file, or this one, has its clock wrong</source>
        <translation>mae %1 %2 yn y dyfodol, mwy na 24 awr o flaen cloc y cyfrifiadur hwn; mae cloc y cyfrifiadur a ysgrifennodd y ffeil, neu&apos;r un hwn, yn anghywir</translation>
    </message>
    <message>
        <location filename="../core/exchange/ExchangeFile.cpp" line="-42"/>
        <source>action %1</source>
        <translation>cam gweithredu %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot open the file: %1</source>
        <translation>methu agor y ffeil: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation>methu darllen y ffeil: %1</translation>
    </message>
</context>
<context>
    <name>Waymark::FileOperations</name>
    <message>
        <location filename="../app/gui/FileOperations.cpp" line="+37"/>
        <source>Open or create a Waymark database</source>
        <translation>Agor neu greu cronfa ddata Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark databases (*.db);;All files (*)</source>
        <translation>Cronfeydd data Waymark (*.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Waymark files</source>
        <translation>Mewnforio ffeiliau Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark files (*.json *.waymark);;All files (*)</source>
        <translation>Ffeiliau Waymark (*.json *.waymark);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Not imported</source>
        <translation>Heb ei mewnforio</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 was not imported, and nothing was changed:

%2</source>
        <translation>Ni chafodd %1 ei mewnforio, ac ni newidiwyd dim:

%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (new)</source>
        <translation>%1 (newydd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (updated)</source>
        <translation>%1 (wedi&apos;i ddiweddaru)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: %1</source>
        <translation>Mewnforiwyd: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database is damaged</source>
        <translation>Mae&apos;r gronfa ddata wedi&apos;i difrodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Put back the latest backup (%2)? The damaged file is kept beside it.</source>
        <translation>%1

Rhoi&apos;r copi wrth gefn diweddaraf (%2) yn ôl? Caiff y ffeil sydd wedi&apos;i difrodi ei chadw wrth ei ymyl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The latest backup was put back.</source>
        <translation>Rhoddwyd y copi wrth gefn diweddaraf yn ôl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Not exported</source>
        <translation>Heb ei allforio</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This assessment was not exported, because Waymark could not import the file. Change what is listed here, then export again:

%1</source>
        <translation>Ni allforiwyd yr asesiad hwn, oherwydd na allai Waymark fewnforio&apos;r ffeil. Newidiwch yr hyn a restrir yma, yna allforiwch eto:

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export as a Waymark file</source>
        <translation>Allforio fel ffeil Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark files (*.json *.waymark)</source>
        <translation>Ffeiliau Waymark (*.json *.waymark)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Exported to %1</source>
        <translation>Allforiwyd i %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export answers as CSV</source>
        <translation>Allforio atebion fel CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the action plan</source>
        <translation>Allforio&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action-plan.csv</source>
        <translation>cynllun-gweithredu.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Ffeiliau CSV ar gyfer taenlenni (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not export the action plan</source>
        <translation>Methu allforio&apos;r cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action plan exported to %1</source>
        <translation>Allforiwyd y cynllun gweithredu i %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gateway review - %1 - %2</source>
        <translation>Adolygiad porth - %1 - %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the gateway review (PDF, web page or document)</source>
        <translation>Allforio&apos;r adolygiad porth (PDF, tudalen we neu ddogfen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The review was not saved</source>
        <translation>Ni chadwyd yr adolygiad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review saved</source>
        <translation>Cadwyd yr adolygiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Agor y ffeil</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gateway review is saved as %1.</source>
        <translation>Mae&apos;r adolygiad porth wedi&apos;i gadw fel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the &amp;folder</source>
        <translation>Dangos y &amp;ffolder</translation>
    </message>
</context>
<context>
    <name>Waymark::Gateway</name>
    <message>
        <location filename="../core/scoring/Scoring.cpp" line="+56"/>
        <source>Passed</source>
        <translation>Wedi&apos;i basio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete</source>
        <translation>Anghyflawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation>Heb ei basio</translation>
    </message>
</context>
<context>
    <name>Waymark::GlossaryLabel</name>
    <message>
        <location filename="../app/gui/glossary/GlossaryLabel.cpp" line="+30"/>
        <source>Words underlined are explained in the jargon buster</source>
        <translation>Caiff geiriau sydd wedi&apos;u tanlinellu eu hesbonio yn yr esboniwr jargon</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::GlossaryPanel</name>
    <message>
        <location filename="../app/gui/glossary/GlossaryPanel.cpp" line="+34"/>
        <source>Jargon buster</source>
        <translation>Esboniwr jargon</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Search the jargon buster</source>
        <translation>Chwilio&apos;r esboniwr jargon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a word to list the terms that mention it. Press Down to move to the list.</source>
        <translation>Teipiwch air i restru&apos;r termau sy&apos;n ei grybwyll. Pwyswch y saeth i lawr i symud i&apos;r rhestr.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terms</source>
        <translation>Termau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a term to read what it means.</source>
        <translation>Dewiswch derm i ddarllen beth mae&apos;n ei olygu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terms</source>
        <translation>&amp;Termau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meaning</source>
        <translation>Ystyr</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No term mentions &quot;%1&quot;. Try a shorter word.</source>
        <translation>Nid oes unrhyw derm yn crybwyll &quot;%1&quot;. Rhowch gynnig ar air byrrach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a term to read what it means in plain words.</source>
        <translation>Dewiswch derm i ddarllen beth mae&apos;n ei olygu mewn geiriau plaen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also called: %1</source>
        <translation>Hefyd: %1</translation>
    </message>
</context>
<context>
    <name>Waymark::HandInDialog</name>
    <message>
        <location filename="../app/gui/server/HandInDialog.cpp" line="+17"/>
        <source>Hand in to a workshop</source>
        <translation>Cyflwyno i weithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the workshop to hand this assessment in to. Its facilitator can then read your answers; no other member can.</source>
        <translation>Dewiswch y gweithdy i gyflwyno&apos;r asesiad hwn iddo. Gall ei hwylusydd ddarllen eich atebion wedyn; ni all unrhyw aelod arall.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshops</source>
        <translation>Gweithdai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run by %1</source>
        <translation>dan ofal %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hand in</source>
        <translation>&amp;Cyflwyno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no workshops on the server yet: a facilitator starts one.</source>
        <translation>Nid oes gweithdai ar y gweinydd eto: hwylusydd sy&apos;n dechrau un.</translation>
    </message>
</context>
<context>
    <name>Waymark::JsonDuplicateKey</name>
    <message>
        <location filename="../core/json/JsonScan.cpp" line="+13"/>
        <source>the field %1 appears twice in the same object</source>
        <translation>mae&apos;r maes %1 yn ymddangos ddwywaith yn yr un gwrthrych</translation>
    </message>
</context>
<context>
    <name>Waymark::JsonStringFault</name>
    <message>
        <location filename="../core/json/JsonStringFault.cpp" line="+76"/>
        <source>line %1, column %2</source>
        <translation>llinell %1, colofn %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column %1</source>
        <translation>colofn %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is half of a UTF-16 surrogate pair without its other half, so it is not a character</source>
        <translation>mae %1 yn hanner pâr dirprwyol UTF-16 heb ei hanner arall, felly nid yw&apos;n nod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a NUL byte, which no text may hold</source>
        <translation>beit NUL, na chaiff unrhyw destun ei gynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a NUL character, which no text may hold</source>
        <translation>mae %1 yn nod NUL, na chaiff unrhyw destun ei gynnwys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U+FFFE or U+FFFF, which Unicode keeps out of text and no text may hold</source>
        <translation>U+FFFE neu U+FFFF, y mae Unicode yn eu cadw allan o destun ac na chaiff unrhyw destun eu cynnwys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is U+FFFE or U+FFFF, which Unicode keeps out of text and no text may hold</source>
        <translation>mae %1 yn U+FFFE neu U+FFFF, y mae Unicode yn eu cadw allan o destun ac na chaiff unrhyw destun eu cynnwys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text starts with a byte order mark (U+FEFF) written as it is, which would be lost on reading; write it as \ufeff</source>
        <translation>mae&apos;r testun yn dechrau â nod trefn beitiau (U+FEFF) wedi&apos;i ysgrifennu fel y mae, a fyddai&apos;n cael ei golli wrth ddarllen; ysgrifennwch ef fel \ufeff</translation>
    </message>
</context>
<context>
    <name>Waymark::JsonValueText</name>
    <message>
        <location filename="../core/json/JsonValueText.cpp" line="+48"/>
        <source>a list</source>
        <translation>rhestr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>gwrthrych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
</context>
<context>
    <name>Waymark::LanguageMenu</name>
    <message>
        <location filename="../app/gui/common/LanguageMenu.cpp" line="+14"/>
        <source>Waymark will use this language the next time it starts.</source>
        <translation>Bydd Waymark yn defnyddio&apos;r iaith hon y tro nesaf y bydd yn dechrau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;System language</source>
        <translation>Iaith y &amp;system</translation>
    </message>
</context>
<context>
    <name>Waymark::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+67"/>
        <source>Assessment views</source>
        <translation>Golygon yr asesiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jargon buster</source>
        <translation>Esboniwr jargon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answers changed on another computer are shown.</source>
        <translation>Dangosir atebion a newidiwyd ar gyfrifiadur arall.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;New assessment…</source>
        <translation>Asesiad &amp;newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the ne&amp;xt cycle from this one…</source>
        <translation>Dechrau&apos;r cylch ne&amp;saf o&apos;r un hwn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;database…</source>
        <translation>Agor cronfa &amp;ddata…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to the council&apos;s database…</source>
        <translation>C&amp;ysylltu â chronfa ddata&apos;r cyngor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Mewnforio ffeil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export as a file…</source>
        <translation>&amp;Allforio fel ffeil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export answers as &amp;CSV…</source>
        <translation>Allforio atebion fel &amp;CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rint preview…</source>
        <translation>Rhagolwg a&amp;rgraffu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank &amp;workbook…</source>
        <translation>&amp;Llyfr gwaith gwag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close assessment</source>
        <translation>Ca&amp;u&apos;r asesiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier &amp;versions of this answer…</source>
        <translation>&amp;Fersiynau cynharach o&apos;r ateb hwn…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hand in to workshop…</source>
        <translation>C&amp;yflwyno i weithdy…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Questions</source>
        <translation>&amp;Cwestiynau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Summary</source>
        <translation>C&amp;rynodeb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action plan</source>
        <translation>Cynllun &amp;gweithredu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ompare with an earlier assessment</source>
        <translation>C&amp;ymharu ag asesiad cynharach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trend across assessments</source>
        <translation>&amp;Tuedd ar draws asesiadau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Jargon buster</source>
        <translation>&amp;Esboniwr jargon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Normal text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Workshop</source>
        <translation>Gwei&amp;thdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshops…</source>
        <translation>Gwei&amp;thdai…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;scoring works</source>
        <translation>Sut mae &amp;sgorio&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Waymark</source>
        <translation>&amp;Ynghylch Waymark</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the database</source>
        <translation>Methu agor y gronfa ddata</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the database</source>
        <translation>Methu darllen y gronfa ddata</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Cannot open the assessment</source>
        <translation>Methu agor yr asesiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was answered as &quot;%1&quot;, a role this question bank does not have.</source>
        <translation>Cafodd ei ateb fel &quot;%1&quot;, rôl nad yw yn y banc cwestiynau hwn.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+293"/>
        <location line="+17"/>
        <source>All changes saved</source>
        <translation>Cadwyd pob newid</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Not connected — your answers are kept on this computer and will be sent</source>
        <translation>Heb gysylltiad — cedwir eich atebion ar y cyfrifiadur hwn a chânt eu hanfon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last change was not saved</source>
        <translation>Ni chadwyd eich newid diwethaf</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cannot start the assessment</source>
        <translation>Methu dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start the next cycle</source>
        <translation>Dechrau&apos;r cylch nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new assessment for the next cycle of review, from this one?</source>
        <translation>Dechrau asesiad newydd ar gyfer cylch nesaf yr adolygiad, o&apos;r un hwn?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new assessment is for the same council, member, role and law, against the latest question bank. Each answer&apos;s evidence is carried forward, marked &quot;%1&quot;, so that you check it still holds. Ratings and notes are not carried: you rate afresh. Open actions are carried with their status for review. This assessment is kept as it is.</source>
        <translation>Mae&apos;r asesiad newydd ar gyfer yr un cyngor, aelod, rôl a chyfraith, yn erbyn y banc cwestiynau diweddaraf. Caiff tystiolaeth pob ateb ei chario ymlaen, wedi&apos;i nodi &quot;%1&quot;, er mwyn i chi wirio ei bod yn dal yn wir. Nid yw&apos;r graddau na&apos;r nodiadau&apos;n cael eu cario: rydych yn graddio o&apos;r newydd. Caiff camau agored eu cario gyda&apos;u statws i&apos;w hadolygu. Caiff yr asesiad hwn ei gadw fel y mae.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start the next cycle</source>
        <translation>&amp;Dechrau&apos;r cylch nesaf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start the next cycle</source>
        <translation>Methu dechrau&apos;r cylch nesaf</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Next cycle started: evidence carried for %n question(s), to be checked;</source>
        <translation>
            <numerusform>Dechreuwyd y cylch nesaf: tystiolaeth wedi&apos;i chario ar gyfer %n cwestiwn, i&apos;w gwirio;</numerusform>
            <numerusform>Dechreuwyd y cylch nesaf: tystiolaeth wedi&apos;i chario ar gyfer %n cwestiwn, i&apos;w gwirio;</numerusform>
            <numerusform>Dechreuwyd y cylch nesaf: tystiolaeth wedi&apos;i chario ar gyfer %n cwestiwn, i&apos;w gwirio;</numerusform>
            <numerusform>Dechreuwyd y cylch nesaf: tystiolaeth wedi&apos;i chario ar gyfer %n cwestiwn, i&apos;w gwirio;</numerusform>
            <numerusform>Dechreuwyd y cylch nesaf: tystiolaeth wedi&apos;i chario ar gyfer %n cwestiwn, i&apos;w gwirio;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open action(s) carried for review.</source>
        <translation>
            <numerusform>%n cam agored wedi&apos;u cario i&apos;w hadolygu.</numerusform>
            <numerusform>%n cam agored wedi&apos;u cario i&apos;w hadolygu.</numerusform>
            <numerusform>%n cam agored wedi&apos;u cario i&apos;w hadolygu.</numerusform>
            <numerusform>%n cam agored wedi&apos;u cario i&apos;w hadolygu.</numerusform>
            <numerusform>%n cam agored wedi&apos;u cario i&apos;w hadolygu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not carried, because no longer asked: %1.</source>
        <translation>Heb eu cario, am na ofynnir hwy mwyach: %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the sample</source>
        <translation>Methu agor yr enghraifft</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the earlier assessments for the trend</source>
        <translation>Methu darllen yr asesiadau cynharach ar gyfer y duedd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The gateway review was sent to the printer.</source>
        <translation>Anfonwyd yr adolygiad porth i&apos;r argraffydd.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Blank workbook</source>
        <translation>Llyfr gwaith gwag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which role is the workbook for? Its questions follow the law of %1.</source>
        <translation>Ar gyfer pa rôl y mae&apos;r llyfr gwaith? Mae ei gwestiynau&apos;n dilyn cyfraith %1.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1, %2 (law of %3) - Waymark</source>
        <translation>%1, %2 (cyfraith %3) - Waymark</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database: %1</source>
        <translation>Cronfa ddata: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>About Waymark</source>
        <translation>Ynghylch Waymark</translation>
    </message>
    <message>
        <location line="-556"/>
        <source>Export &amp;review as PDF, web page or document…</source>
        <translation>Allforio&apos;r &amp;adolygiad fel PDF, tudalen we neu ddogfen…</translation>
    </message>
    <message>
        <location line="+557"/>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;A gateway review of local safeguards for elected members and non-executives.&lt;/p&gt;&lt;p&gt;Question bank: %2, version %3.&lt;/p&gt;&lt;p&gt;Runs offline; your answers stay on this computer.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Adolygiad porth o drefniadau diogelu lleol ar gyfer aelodau etholedig ac aelodau anweithredol.&lt;/p&gt;&lt;p&gt;Banc cwestiynau: %2, fersiwn %3.&lt;/p&gt;&lt;p&gt;Yn gweithio all-lein; mae eich atebion yn aros ar y cyfrifiadur hwn.&lt;/p&gt;&lt;p&gt;Trwydded MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Waymark: gateway review of local safeguards</source>
        <translation>Waymark: adolygiad porth o drefniadau diogelu lleol</translation>
    </message>
</context>
<context>
    <name>Waymark::NewAssessmentDialog</name>
    <message>
        <location filename="../app/gui/walkthrough/NewAssessmentDialog.cpp" line="+25"/>
        <source>Start a new assessment</source>
        <translation>Dechrau asesiad newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell Waymark who is answering and for which council. You can change these details later.</source>
        <translation>Dywedwch wrth Waymark pwy sy&apos;n ateb ac ar gyfer pa gyngor. Gallwch newid y manylion hyn yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Council or partnership</source>
        <translation>Cyngor neu bartneriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Borsetshire County Council</source>
        <translation>Er enghraifft: Cyngor Sir Borsetshire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The law the assessment is made under</source>
        <translation>Y gyfraith y gwneir yr asesiad oddi tani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The questions, the statutory basis of each and the bodies they name follow the law of the country the council is in.</source>
        <translation>Mae&apos;r cwestiynau, sail statudol pob un a&apos;r cyrff y maent yn eu henwi yn dilyn cyfraith y wlad y mae&apos;r cyngor ynddi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Cllr Pat Example</source>
        <translation>Er enghraifft: Y Cynghorydd Pat Example</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title of the assessment</source>
        <translation>Teitl yr asesiad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the assessment</source>
        <translation>Dyddiad yr asesiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is still needed</source>
        <translation>Beth sydd ei angen o hyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Start the assessment</source>
        <translation>Dechrau&apos;r asesiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Council or partnership:</source>
        <translation>&amp;Cyngor neu bartneriaeth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Law:</source>
        <translation>C&amp;yfraith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;role:</source>
        <translation>Eich &amp;rôl:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 You will see %2 questions.</source>
        <translation>%1 Byddwch yn gweld %2 cwestiwn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the council or partnership</source>
        <translation>y cyngor neu&apos;r bartneriaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your name</source>
        <translation>eich enw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a title</source>
        <translation>teitl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Still needed: %1.</source>
        <translation>Angen o hyd: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Too long (at most %1 characters), or holding a character that is not text: %2.</source>
        <translation>Rhy hir (%1 nod ar y mwyaf), neu&apos;n cynnwys nod nad yw&apos;n destun: %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::NextCycle</name>
    <message>
        <location filename="../core/assessment/NextCycle.cpp" line="+53"/>
        <source>From %1 — check it still holds.</source>
        <translation>O %1 — gwiriwch ei fod yn dal yn wir.</translation>
    </message>
</context>
<context>
    <name>Waymark::OfflineJournal</name>
    <message>
        <location filename="../core/store/OfflineJournal.cpp" line="+71"/>
        <source>opening the journal of answers kept offline</source>
        <translation>agor cofnod yr atebion a gadwyd all-lein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>keeping an answer on this computer</source>
        <translation>gadw ateb ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the answers kept offline</source>
        <translation>ddarllen yr atebion a gadwyd all-lein</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>clearing a sent answer</source>
        <translation>glirio ateb a anfonwyd</translation>
    </message>
</context>
<context>
    <name>Waymark::PostgresEngine</name>
    <message>
        <location filename="../core/store/postgres/PostgresEngine.cpp" line="+54"/>
        <source>This computer&apos;s Waymark cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Ni all Waymark ar y cyfrifiadur hwn gysylltu â gweinyddion PostgreSQL: nid yw gyrrwr PostgreSQL Qt wedi&apos;i osod (pecyn Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>reading what the database holds</source>
        <translation>ddarllen cynnwys y gronfa ddata</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>preparing the connection</source>
        <translation>baratoi&apos;r cysylltiad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database &quot;%1&quot; on %2 has not been set up for Waymark. The council&apos;s Waymark administrator sets it up with: waymark-cli server init --db %3</source>
        <translation>Nid yw&apos;r gronfa ddata &quot;%1&quot; ar %2 wedi&apos;i sefydlu ar gyfer Waymark. Mae gweinyddwr Waymark y cyngor yn ei sefydlu gyda: waymark-cli server init --db %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Waymark data on %1 is of an older version (%2; this Waymark needs %3). The council&apos;s Waymark administrator raises it with: waymark-cli server upgrade --db %4</source>
        <translation>Mae&apos;r data Waymark ar %1 o fersiwn hŷn (%2; mae angen %3 ar y Waymark hwn). Mae gweinyddwr Waymark y cyngor yn ei godi gyda: waymark-cli server upgrade --db %4</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The connection to %1 was lost (while %2). Nothing from this change was saved on the server.</source>
        <translation>Collwyd y cysylltiad â %1 (wrth %2). Ni chadwyd dim o&apos;r newid hwn ar y gweinydd.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waymark does not take backups of a database on a server: the server&apos;s administrator does (pg_dump, point-in-time recovery; docs/server.md).</source>
        <translation>Nid yw Waymark yn gwneud copïau wrth gefn o gronfa ddata ar weinydd: gweinyddwr y gweinydd sy&apos;n gwneud hynny (pg_dump, adfer i bwynt mewn amser; docs/server.md).</translation>
    </message>
</context>
<context>
    <name>Waymark::QuestionPage</name>
    <message>
        <location filename="../app/gui/walkthrough/QuestionPage.cpp" line="+53"/>
        <source>Statutory gate: the law requires this. Not met or Partially met fails the gateway.</source>
        <translation>Prawf statudol: mae&apos;r gyfraith yn mynnu hyn. Mae Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol yn methu&apos;r porth.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet translated: shown in English</source>
        <translation>Heb ei gyfieithu eto: yn cael ei ddangos yn Saesneg</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <source>Why this matters</source>
        <translation>Pam mae hyn yn bwysig</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>How would you know?</source>
        <translation>Sut fyddech chi&apos;n gwybod?</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press %1</source>
        <translation>Pwyswch %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How do you know? Your evidence</source>
        <translation>Sut ydych chi&apos;n gwybod? Eich tystiolaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How do you know? A report, a meeting, a figure, a visit…</source>
        <translation>Sut ydych chi&apos;n gwybod? Adroddiad, cyfarfod, ffigur, ymweliad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note or question to ask officers</source>
        <translation>Nodyn neu gwestiwn i&apos;w ofyn i swyddogion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note, or a question to ask officers</source>
        <translation>Nodyn, neu gwestiwn i&apos;w ofyn i swyddogion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the text was not changed</source>
        <translation>Pam na newidiwyd y testun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;lag this question for follow-up</source>
        <translation>&amp;Fflagio&apos;r cwestiwn hwn i&apos;w ddilyn i fyny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag for follow-up</source>
        <translation>Fflagio i&apos;w ddilyn i fyny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an &amp;action for this question</source>
        <translation>Ychwanegu cam &amp;gweithredu ar gyfer y cwestiwn hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an action for this question</source>
        <translation>Ychwanegu cam gweithredu ar gyfer y cwestiwn hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous</source>
        <translation>&amp;Blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous question</source>
        <translation>Cwestiwn blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;unanswered</source>
        <translation>Nesaf &amp;heb ei ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next unanswered question</source>
        <translation>Y cwestiwn nesaf heb ei ateb</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evidence: how do you &amp;know?</source>
        <translation>Tystiolaeth: sut ydych chi&apos;n g&amp;wybod?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote or question to ask officers:</source>
        <translation>N&amp;odyn neu gwestiwn i&apos;w ofyn i swyddogion:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The question and your answer</source>
        <translation>Y cwestiwn a&apos;ch ateb</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Question %1 of %2 (%3)</source>
        <translation>Cwestiwn %1 o %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statutory basis: %1</source>
        <translation>Sail statudol: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You do not know yet: it becomes a question to ask officers.</source>
        <translation>Nid ydych yn gwybod eto: mae&apos;n dod yn gwestiwn i&apos;w ofyn i swyddogion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This does not apply to your council.</source>
        <translation>Nid yw hyn yn berthnasol i&apos;ch cyngor chi.</translation>
    </message>
</context>
<context>
    <name>Waymark::Rag</name>
    <message>
        <location filename="../core/scoring/Scoring.cpp" line="-32"/>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No score</source>
        <translation>Dim sgôr</translation>
    </message>
</context>
<context>
    <name>Waymark::Rating</name>
    <message>
        <location filename="../core/assessment/Rating.cpp" line="+71"/>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially met</source>
        <translation>Wedi&apos;i fodloni&apos;n rhannol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mostly met</source>
        <translation>Wedi&apos;i fodloni gan mwyaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fully met</source>
        <translation>Wedi&apos;i fodloni&apos;n llawn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Don&apos;t know</source>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>Amherthnasol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
</context>
<context>
    <name>Waymark::SafeSave</name>
    <message>
        <location filename="../core/files/SafeSave.cpp" line="+264"/>
        <source>Cannot save %1: that would overwrite the database %2 (%3). Nothing was written; choose another name or folder.</source>
        <translation>Methu cadw %1: byddai hynny&apos;n ysgrifennu dros y gronfa ddata %2 (%3). Ni ysgrifennwyd dim; dewiswch enw neu ffolder arall.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: it is %2, not a regular file, and has been left as it is. Choose a file name.</source>
        <translation>Methu cadw %1: %2 yw hwn, nid ffeil arferol, ac fe&apos;i gadawyd fel yr oedd. Dewiswch enw ffeil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save: no file name given.</source>
        <translation>Methu cadw: ni roddwyd enw ffeil.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it is the database itself</source>
        <translation>y gronfa ddata ei hun yw hi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is one of the files the database keeps beside it</source>
        <translation>mae&apos;n un o&apos;r ffeiliau y mae&apos;r gronfa ddata yn eu cadw wrth ei hochr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is in the database&apos;s backup folder %1</source>
        <translation>mae yn ffolder copïau wrth gefn y gronfa ddata, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save %1: it is a symbolic link that leads round in a circle, or through too many other links. Choose a file name.</source>
        <translation>Methu cadw %1: dolen symbolaidd yw hon sy&apos;n arwain mewn cylch, neu drwy ormod o ddolenni eraill. Dewiswch enw ffeil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save %1: it is a symbolic link to %2, which does not exist; Waymark does not create files through a link. Choose a file name.</source>
        <translation>Methu cadw %1: dolen symbolaidd i %2 yw hon, ac nid yw honno&apos;n bodoli; nid yw Waymark yn creu ffeiliau drwy ddolen. Dewiswch enw ffeil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a folder</source>
        <translation>ffolder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a named pipe (FIFO)</source>
        <translation>pibell enwol (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>dyfais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>soced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something Waymark cannot replace safely</source>
        <translation>rhywbeth na all Waymark ei ddisodli&apos;n ddiogel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is a Waymark database</source>
        <translation>cronfa ddata Waymark yw&apos;r ffeil</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The disk is full: %1 was not saved (%2). Any file that was there before is unchanged; free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn: ni chadwyd %1 (%2). Mae unrhyw ffeil a oedd yno o&apos;r blaen heb ei newid; rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot save %1: %2</source>
        <translation>Methu cadw %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was saved, but it could not be made private to you: the disk it is on (a USB stick or a network share, say) does not keep file permissions, so anyone who can use that disk may be able to read it.</source>
        <translation>Cadwyd %1, ond nid oedd modd ei gwneud yn breifat i chi: nid yw&apos;r ddisg y mae arni (cof bach USB neu ffolder a rennir ar y rhwydwaith, er enghraifft) yn cadw caniatâd ffeiliau, felly efallai y gall unrhyw un sy&apos;n gallu defnyddio&apos;r ddisg honno ei darllen.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the file could not be written</source>
        <translation>nid oedd modd ysgrifennu&apos;r ffeil</translation>
    </message>
</context>
<context>
    <name>Waymark::Sample</name>
    <message>
        <location filename="../core/assessment/SampleAssessment.cpp" line="+23"/>
        <source>Sample: gateway review of local safeguards</source>
        <translation>Enghraifft: adolygiad porth o drefniadau diogelu lleol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borsetshire County Council (fictional sample)</source>
        <translation>Cyngor Sir Borsetshire (enghraifft ddychmygol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cllr Pat Example</source>
        <translation>Y Cynghorydd Pat Example</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Seen in the quarterly performance report to Cabinet and discussed with the Director of Children&apos;s Services.</source>
        <translation>Wedi&apos;i weld yn yr adroddiad perfformiad chwarterol i&apos;r Cabinet a&apos;i drafod gyda&apos;r Cyfarwyddwr Gwasanaethau Plant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask officers for the latest figures and who reviews them.</source>
        <translation>Gofyn i swyddogion am y ffigurau diweddaraf a phwy sy&apos;n eu hadolygu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ask for the LADO&apos;s annual report to come to scrutiny</source>
        <translation>Gofyn i adroddiad blynyddol y LADO ddod i&apos;r pwyllgor craffu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrutiny chair</source>
        <translation>Cadeirydd y pwyllgor craffu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the children&apos;s services budget against the needs assessment</source>
        <translation>Adolygu cyllideb y gwasanaethau plant yn erbyn yr asesiad o anghenion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead Member with the Section 151 officer</source>
        <translation>Yr Aelod Arweiniol gyda&apos;r swyddog adran 151</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book safeguarding training for the new intake of councillors</source>
        <translation>Trefnu hyfforddiant diogelu ar gyfer y garfan newydd o gynghorwyr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member development officer</source>
        <translation>Swyddog datblygu aelodau</translation>
    </message>
</context>
<context>
    <name>Waymark::ScoreChartWidget</name>
    <message>
        <location filename="../app/gui/summary/ScoreChartWidget.cpp" line="+13"/>
        <source>Section scores chart</source>
        <translation>Siart sgoriau&apos;r adrannau</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Bar chart of each section&apos;s score from 0 to 100. %1</source>
        <translation>Siart bar o sgôr pob adran o 0 i 100. %1</translation>
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
        <translation>Sut mae sgorio&apos;n gweithio</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The scoring rules in plain words</source>
        <translation>Y rheolau sgorio mewn geiriau plaen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Answers.</source>
        <translation>Atebion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question is answered Fully met (3), Mostly met (2), Partially met (1), Not met (0), Don&apos;t know or Not applicable, or left unanswered. Only the four levels from Not met to Fully met are rated and count towards a score.</source>
        <translation>Caiff pob cwestiwn ei ateb â Wedi&apos;i fodloni&apos;n llawn (3), Wedi&apos;i fodloni gan mwyaf (2), Wedi&apos;i fodloni&apos;n rhannol (1), Heb ei fodloni (0), Ddim yn gwybod neu Amherthnasol, neu ei adael heb ei ateb. Dim ond y pedair lefel o Heb ei fodloni i Wedi&apos;i fodloni&apos;n llawn sy&apos;n cael eu graddio ac yn cyfrif tuag at sgôr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which questions.</source>
        <translation>Pa gwestiynau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the questions for your role count. The Lead Member answers every question; other roles answer the ones that fit their duties.</source>
        <translation>Dim ond y cwestiynau ar gyfer eich rôl chi sy&apos;n cyfrif. Mae&apos;r Aelod Arweiniol yn ateb pob cwestiwn; mae rolau eraill yn ateb y rhai sy&apos;n cyd-fynd â&apos;u dyletswyddau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score.</source>
        <translation>Sgôr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question has a weight from 1 to 3. A score is 100 times the sum of weight times rating, divided by the sum of weight times 3, over the rated questions. A section&apos;s score uses the section&apos;s questions; the overall score uses all of them at once (it is not an average of the section scores). With nothing rated there is no score, shown as &quot;no score&quot;, never as 0.</source>
        <translation>Mae gan bob cwestiwn bwysoliad o 1 i 3. Sgôr yw 100 gwaith swm y pwysoliad wedi&apos;i luosi â&apos;r radd, wedi&apos;i rannu â swm y pwysoliad wedi&apos;i luosi â 3, dros y cwestiynau a raddiwyd. Mae sgôr adran yn defnyddio cwestiynau&apos;r adran; mae&apos;r sgôr gyffredinol yn eu defnyddio i gyd ar unwaith (nid cyfartaledd sgoriau&apos;r adrannau yw hi). Os nad oes dim wedi&apos;i raddio nid oes sgôr, a dangosir &quot;dim sgôr&quot;, byth 0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAG.</source>
        <translation>RAG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green at 75 or more, Amber at 50 or more, Red below 50. The boundaries are exact: 75.0 is Green and 50.0 is Amber. Every RAG is shown as a word as well as a colour, and in the chart with its own pattern.</source>
        <translation>Gwyrdd ar 75 neu fwy, Ambr ar 50 neu fwy, Coch o dan 50. Mae&apos;r ffiniau&apos;n fanwl gywir: mae 75.0 yn Wyrdd a 50.0 yn Ambr. Dangosir pob RAG fel gair yn ogystal â lliw, ac yn y siart gyda&apos;i batrwm ei hun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway.</source>
        <translation>Y porth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some questions are statutory gates: duties the law says must be in place. A gate fails when it is rated Not met or Partially met. The gateway is:</source>
        <translation>Mae rhai cwestiynau&apos;n brofion statudol: dyletswyddau y mae&apos;r gyfraith yn dweud bod rhaid iddynt fod ar waith. Mae prawf yn methu pan gaiff ei raddio&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol. Mae&apos;r porth yn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not passed</source>
        <translation>Heb ei basio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>if any gate fails;</source>
        <translation>os yw unrhyw brawf yn methu;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Anghyflawn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>otherwise, if any gate is unanswered or answered Don&apos;t know;</source>
        <translation>fel arall, os oes unrhyw brawf heb ei ateb neu wedi&apos;i ateb â Ddim yn gwybod;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Wedi&apos;i basio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>otherwise. A gate answered Not applicable neither fails nor leaves the gateway incomplete.</source>
        <translation>fel arall. Nid yw prawf a atebwyd ag Amherthnasol yn methu nac yn gadael y porth yn anghyflawn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A section with a failed gate is Red whatever its score, and so is the overall result when the gateway is not passed.</source>
        <translation>Mae adran sydd â phrawf wedi methu yn Goch beth bynnag fo&apos;i sgôr, ac felly hefyd y canlyniad cyffredinol pan nad yw&apos;r porth wedi&apos;i basio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knowledge gaps.</source>
        <translation>Bylchau gwybodaeth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions answered Don&apos;t know. For a member, not knowing is a finding: these become the questions to ask officers.</source>
        <translation>Cwestiynau a atebwyd â Ddim yn gwybod. I aelod, mae peidio â gwybod yn ganfyddiad: daw&apos;r rhain yn gwestiynau i&apos;w gofyn i swyddogion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage.</source>
        <translation>Cwmpas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered questions (any answer, including Don&apos;t know and Not applicable) out of the questions for your role.</source>
        <translation>Cwestiynau a atebwyd (unrhyw ateb, gan gynnwys Ddim yn gwybod ac Amherthnasol) allan o&apos;r cwestiynau ar gyfer eich rôl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priorities for improvement.</source>
        <translation>Blaenoriaethau ar gyfer gwella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions rated Not met or Partially met, in this order: gates first, then higher weight first, then the lower rating first, then the order of the question bank.</source>
        <translation>Cwestiynau a raddiwyd yn Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol, yn y drefn hon: profion yn gyntaf, yna&apos;r pwysoliad uwch yn gyntaf, yna&apos;r radd is yn gyntaf, yna trefn y banc cwestiynau.</translation>
    </message>
</context>
<context>
    <name>Waymark::Server</name>
    <message>
        <location filename="../core/store/postgres/ServerErrors.cpp" line="+48"/>
        <source>The connection to the server was lost (while %1): %2. Nothing from this change was saved on the server.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd (wrth %1): %2. Ni chadwyd dim o&apos;r newid hwn ar y gweinydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied (while %1): your login may not do this on the server. Ask the council&apos;s Waymark administrator. (%2)</source>
        <translation>Gwrthodwyd caniatâd (wrth %1): ni chaiff eich mewngofnod wneud hyn ar y gweinydd. Gofynnwch i weinyddwr Waymark y cyngor. (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This assessment is already on the server under another member&apos;s login (while %1): only its owner can change it.</source>
        <translation>Mae&apos;r asesiad hwn eisoes ar y gweinydd o dan fewngofnod aelod arall (wrth %1): dim ond ei berchennog all ei newid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s disk is full (while %1). Nothing was changed; tell the council&apos;s IT team.</source>
        <translation>Mae disg y gweinydd yn llawn (wrth %1). Ni newidiwyd dim; rhowch wybod i dîm TG y cyngor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server only allows reading (while %1): it is a standby copy. Connect to the main server to make changes.</source>
        <translation>Dim ond darllen y mae&apos;r gweinydd yn ei ganiatáu (wrth %1): copi wrth law (standby) ydyw. Cysylltwch â&apos;r prif weinydd i wneud newidiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server stopped this change because another one met it at the same moment (while %1). Nothing was changed; try again.</source>
        <translation>Ataliodd y gweinydd y newid hwn am fod newid arall wedi gwrthdaro ag ef ar yr un eiliad (wrth %1). Ni newidiwyd dim; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server reported an error (while %1): %2</source>
        <translation>Adroddodd y gweinydd wall (wrth %1): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server %1 did not accept the login &quot;%2&quot;: authentication failed. Check the user name and password.</source>
        <translation>Ni dderbyniodd y gweinydd %1 y mewngofnod &quot;%2&quot;: methodd y dilysu. Gwiriwch yr enw defnyddiwr a&apos;r cyfrinair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 and this computer do not agree on TLS (encryption): %2. The council&apos;s server may require TLS (add ?sslmode=require), or not offer it.</source>
        <translation>Nid yw&apos;r gweinydd %1 a&apos;r cyfrifiadur hwn yn cytuno ar TLS (amgryptio): %2. Efallai fod gweinydd y cyngor yn mynnu TLS (ychwanegwch ?sslmode=require), neu nad yw&apos;n ei gynnig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 has no database called &quot;%2&quot;. The council&apos;s database administrator creates it (docs/server.md).</source>
        <translation>Nid oes gan y gweinydd %1 gronfa ddata o&apos;r enw &quot;%2&quot;. Gweinyddwr cronfeydd data&apos;r cyngor sy&apos;n ei chreu (docs/server.md).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 has no login called &quot;%2&quot;. Ask the council&apos;s Waymark administrator for one.</source>
        <translation>Nid oes gan y gweinydd %1 fewngofnod o&apos;r enw &quot;%2&quot;. Gofynnwch i weinyddwr Waymark y cyngor am un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 refused the login &quot;%2&quot; to database &quot;%3&quot;: permission denied (%4).</source>
        <translation>Gwrthododd y gweinydd %1 y mewngofnod &quot;%2&quot; i&apos;r gronfa ddata &quot;%3&quot;: gwrthodwyd caniatâd (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 did not answer in time. Check the network connection and the server&apos;s name.</source>
        <translation>Ni atebodd y gweinydd %1 mewn pryd. Gwiriwch y cysylltiad â&apos;r rhwydwaith ac enw&apos;r gweinydd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no server called %1 (its name could not be found). Check its name and the network connection.</source>
        <translation>Nid oes gweinydd o&apos;r enw %1 (nid oedd modd dod o hyd i&apos;w enw). Gwiriwch ei enw a&apos;r cysylltiad â&apos;r rhwydwaith.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the connection: PostgreSQL is not running there, or not on that port.</source>
        <translation>Gwrthododd y gweinydd %1 y cysylltiad: nid yw PostgreSQL yn rhedeg yno, neu nid ar y porth hwnnw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server %1 is starting or stopping. Try again in a minute.</source>
        <translation>Mae&apos;r gweinydd %1 yn dechrau neu&apos;n stopio. Rhowch gynnig arall arni ymhen munud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 has too many connections open. Try again later, or tell the council&apos;s IT team.</source>
        <translation>Mae gan y gweinydd %1 ormod o gysylltiadau ar agor. Rhowch gynnig arall arni yn nes ymlaen, neu rhowch wybod i dîm TG y cyngor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 could not be reached: %2</source>
        <translation>Nid oedd modd cyrraedd y gweinydd %1: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::ServerActions</name>
    <message numerus="yes">
        <location filename="../app/gui/server/ServerActions.cpp" line="+31"/>
        <source>Connected again: %n answer(s) typed while not connected reached the server.</source>
        <translation>
            <numerusform>Wedi ailgysylltu: cyrhaeddodd %n ateb a deipiwyd heb gysylltiad y gweinydd.</numerusform>
            <numerusform>Wedi ailgysylltu: cyrhaeddodd %n ateb a deipiwyd heb gysylltiad y gweinydd.</numerusform>
            <numerusform>Wedi ailgysylltu: cyrhaeddodd %n ateb a deipiwyd heb gysylltiad y gweinydd.</numerusform>
            <numerusform>Wedi ailgysylltu: cyrhaeddodd %n ateb a deipiwyd heb gysylltiad y gweinydd.</numerusform>
            <numerusform>Wedi ailgysylltu: cyrhaeddodd %n ateb a deipiwyd heb gysylltiad y gweinydd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of each answer are kept by the council&apos;s server. This assessment is in a file on this computer, whose earlier states are in its daily backups.</source>
        <translation>Gweinydd y cyngor sy&apos;n cadw fersiynau cynharach o bob ateb. Mae&apos;r asesiad hwn mewn ffeil ar y cyfrifiadur hwn, ac mae ei gyflyrau cynharach yn ei gopïau wrth gefn dyddiol.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the answer&apos;s history</source>
        <translation>Methu darllen hanes yr ateb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand in to workshop</source>
        <translation>Cyflwyno i weithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handing in goes through the council&apos;s server (File › Connect to the council&apos;s database…). On this computer, export the assessment as a file (File › Export as a file…) and give the file to the facilitator.</source>
        <translation>Mae cyflwyno&apos;n mynd drwy weinydd y cyngor (Ffeil › Cysylltu â chronfa ddata&apos;r cyngor…). Ar y cyfrifiadur hwn, allforiwch yr asesiad fel ffeil (Ffeil › Allforio fel ffeil…) a rhowch y ffeil i&apos;r hwylusydd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the workshops</source>
        <translation>Methu darllen y gweithdai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not handed in</source>
        <translation>Heb ei gyflwyno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed in: the workshop&apos;s facilitator can now read this assessment.</source>
        <translation>Wedi&apos;i gyflwyno: gall hwylusydd y gweithdy ddarllen yr asesiad hwn nawr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>council database %1 on %2, as %3</source>
        <translation>cronfa ddata&apos;r cyngor, %1, ar %2, fel %3</translation>
    </message>
</context>
<context>
    <name>Waymark::ServerAddress</name>
    <message>
        <location filename="../core/store/postgres/ServerAddress.cpp" line="+68"/>
        <source>The server address &quot;%1&quot; cannot be used: %2</source>
        <translation>Ni ellir defnyddio cyfeiriad y gweinydd &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>ysgrifennwch ef fel postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it names no database (the part after the last &quot;/&quot;)</source>
        <translation>nid yw&apos;n enwi cronfa ddata (y rhan ar ôl y &quot;/&quot; olaf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>nid yw&apos;r porth &quot;%1&quot; yn rhif o 1 i 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the value of &quot;%1&quot; contains &quot;;&quot;</source>
        <translation>mae gwerth &quot;%1&quot; yn cynnwys &quot;;&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a connection setting PostgreSQL knows</source>
        <translation>nid yw &quot;%1&quot; yn osodiad cysylltu y mae PostgreSQL yn ei adnabod</translation>
    </message>
</context>
<context>
    <name>Waymark::ServerAdmin</name>
    <message>
        <location filename="../core/store/postgres/ServerAdmin.cpp" line="+95"/>
        <source>%1 is already set up for Waymark (version %2). Nothing was changed; to raise its version use: waymark-cli server upgrade --db %1</source>
        <translation>Mae %1 eisoes wedi&apos;i sefydlu ar gyfer Waymark (fersiwn %2). Ni newidiwyd dim; i godi ei fersiwn, defnyddiwch: waymark-cli server upgrade --db %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a Waymark role: use member, facilitator, officer or admin.</source>
        <translation>Nid yw &quot;%1&quot; yn rôl Waymark: defnyddiwch member, facilitator, officer neu admin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; cannot be a login: use letters, digits and _ . @ - (up to 63), starting with a letter or _.</source>
        <translation>Ni all &quot;%1&quot; fod yn fewngofnod: defnyddiwch lythrennau, digidau a _ . @ - (hyd at 63), gan ddechrau â llythyren neu _.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>looking for the login</source>
        <translation>chwilio am y mewngofnod</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looking for the login&apos;s roles</source>
        <translation>chwilio am rolau&apos;r mewngofnod</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>granting the role</source>
        <translation>roi&apos;r rôl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>creating the login %1</source>
        <translation>greu&apos;r mewngofnod %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>granting %1 to %2</source>
        <translation>roi %1 i %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has not been set up for Waymark: use waymark-cli server init --db %1</source>
        <translation>Nid yw %1 wedi&apos;i sefydlu ar gyfer Waymark: defnyddiwch waymark-cli server init --db %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was set up by a newer Waymark (version %2; this one knows up to %3). Nothing was changed.</source>
        <translation>Cafodd %1 ei sefydlu gan Waymark mwy newydd (fersiwn %2; mae&apos;r un hwn yn deall hyd at %3). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>checking your roles</source>
        <translation>wirio eich rolau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a Waymark admin (role waymark_admin) may upgrade %1.</source>
        <translation>Dim ond gweinyddwr Waymark (y rôl waymark_admin) a gaiff uwchraddio %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starting the upgrade</source>
        <translation>ddechrau&apos;r uwchraddio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the upgrade</source>
        <translation>gadw&apos;r uwchraddio</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the server&apos;s status</source>
        <translation>ddarllen statws y gweinydd</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>reading the answer&apos;s history</source>
        <translation>ddarllen hanes yr ateb</translation>
    </message>
</context>
<context>
    <name>Waymark::ServerConnectDialog</name>
    <message>
        <location filename="../app/gui/server/ServerConnectDialog.cpp" line="+36"/>
        <source>Connect to the council&apos;s database</source>
        <translation>Cysylltu â chronfa ddata&apos;r cyngor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your council&apos;s IT team gives you these details. Your answers are then kept on the council&apos;s server instead of this computer.</source>
        <translation>Mae tîm TG eich cyngor yn rhoi&apos;r manylion hyn i chi. Yna caiff eich atebion eu cadw ar weinydd y cyngor yn lle ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>&amp;Amgryptio&apos;r cysylltiad (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep the password in this computer&apos;s keyring</source>
        <translation>Cad&amp;w&apos;r cyfrinair yng nghylch allweddi&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Cronfa &amp;ddata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Cyf&amp;rinair:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
</context>
<context>
    <name>Waymark::ServerConnector</name>
    <message>
        <location filename="../app/gui/server/ServerConnector.cpp" line="+46"/>
        <source>The password could not be kept in this computer&apos;s keyring (%1): you will be asked for it next time.</source>
        <translation>Nid oedd modd cadw&apos;r cyfrinair yng nghylch allweddi&apos;r cyfrifiadur hwn (%1): gofynnir i chi amdano y tro nesaf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy your assessments to the server?</source>
        <translation>Copïo eich asesiadau i&apos;r gweinydd?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer holds %n assessment(s) in %1. Copy them to the council&apos;s database, so that you can carry on with them there? They stay on this computer as well.</source>
        <translation>
            <numerusform>Mae %n asesiad ar y cyfrifiadur hwn, yn %1. Hoffech chi eu copïo i gronfa ddata&apos;r cyngor, er mwyn i chi allu parhau â nhw yno? Byddant yn aros ar y cyfrifiadur hwn hefyd.</numerusform>
            <numerusform>Mae %n asesiad ar y cyfrifiadur hwn, yn %1. Hoffech chi eu copïo i gronfa ddata&apos;r cyngor, er mwyn i chi allu parhau â nhw yno? Byddant yn aros ar y cyfrifiadur hwn hefyd.</numerusform>
            <numerusform>Mae %n asesiad ar y cyfrifiadur hwn, yn %1. Hoffech chi eu copïo i gronfa ddata&apos;r cyngor, er mwyn i chi allu parhau â nhw yno? Byddant yn aros ar y cyfrifiadur hwn hefyd.</numerusform>
            <numerusform>Mae %n asesiad ar y cyfrifiadur hwn, yn %1. Hoffech chi eu copïo i gronfa ddata&apos;r cyngor, er mwyn i chi allu parhau â nhw yno? Byddant yn aros ar y cyfrifiadur hwn hefyd.</numerusform>
            <numerusform>Mae %n asesiad ar y cyfrifiadur hwn, yn %1. Hoffech chi eu copïo i gronfa ddata&apos;r cyngor, er mwyn i chi allu parhau â nhw yno? Byddant yn aros ar y cyfrifiadur hwn hefyd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy to the server</source>
        <translation>Methu copïo i&apos;r gweinydd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n assessment(s) copied to the council&apos;s database.</source>
        <translation>
            <numerusform>Copïwyd %n asesiad i gronfa ddata&apos;r cyngor.</numerusform>
            <numerusform>Copïwyd %n asesiad i gronfa ddata&apos;r cyngor.</numerusform>
            <numerusform>Copïwyd %n asesiad i gronfa ddata&apos;r cyngor.</numerusform>
            <numerusform>Copïwyd %n asesiad i gronfa ddata&apos;r cyngor.</numerusform>
            <numerusform>Copïwyd %n asesiad i gronfa ddata&apos;r cyngor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::ServerSchema</name>
    <message>
        <location filename="../core/store/postgres/ServerSchema.cpp" line="+296"/>
        <source>setting up Waymark on the server</source>
        <translation>sefydlu Waymark ar y gweinydd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>recording the database&apos;s version</source>
        <translation>gofnodi fersiwn y gronfa ddata</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>starting to set up the database</source>
        <translation>ddechrau sefydlu&apos;r gronfa ddata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the database&apos;s new structure</source>
        <translation>gadw strwythur newydd y gronfa ddata</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>creating Waymark&apos;s group roles</source>
        <translation>greu rolau grŵp Waymark</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>taking on the waymark_admin role</source>
        <translation>gymryd y rôl waymark_admin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No step leads from server database version %1 to %2.</source>
        <translation>Nid oes cam sy&apos;n arwain o fersiwn %1 cronfa ddata&apos;r gweinydd i fersiwn %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::Sqlite</name>
    <message>
        <location filename="../core/store/sqlite/SqliteSchema.cpp" line="+123"/>
        <source>repairing change times that were in the future</source>
        <translation>atgyweirio amseroedd newid a oedd yn y dyfodol</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>updating the database&apos;s structure</source>
        <translation>ddiweddaru strwythur y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteErrors.cpp" line="+41"/>
        <source>The database is busy: another program is using it (while %1). Close the other program and try again.</source>
        <translation>Mae&apos;r gronfa ddata&apos;n brysur: mae rhaglen arall yn ei defnyddio (wrth %1). Caewch y rhaglen arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be changed: the file, its folder or the disk is read-only (while %1). Copy it somewhere you can write to.</source>
        <translation>Ni ellir newid y gronfa ddata: mae&apos;r ffeil, ei ffolder neu&apos;r ddisg yn ddarllen yn unig (wrth %1). Copïwch hi i rywle y gallwch ysgrifennu iddo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full (while %1). Nothing was changed; free some space and try again.</source>
        <translation>Mae&apos;r ddisg yn llawn (wrth %1). Ni newidiwyd dim; rhyddhewch rywfaint o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database file is damaged (while %1): %2. Restore it from a backup.</source>
        <translation>Mae ffeil y gronfa ddata wedi&apos;i difrodi (wrth %1): %2. Adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file cannot be opened (while %1): %2</source>
        <translation>Ni ellir agor ffeil y gronfa ddata (wrth %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk reported an error (while %1): %2. Nothing was changed.</source>
        <translation>Adroddodd y ddisg wall (wrth %1): %2. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database reported an error (while %1): %2</source>
        <translation>Adroddodd y gronfa ddata wall (wrth %1): %2</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteEngine.cpp" line="+121"/>
        <location line="+41"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>opening the database</source>
        <translation>agor y gronfa ddata</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The database cannot use write-ahead logging here (journal mode is &quot;%1&quot;). Keep the database on a local disk.</source>
        <translation>Ni all y gronfa ddata ddefnyddio cofnodi ysgrifennu ymlaen llaw (write-ahead logging) yma (modd y cyfnodolyn yw &quot;%1&quot;). Cadwch y gronfa ddata ar ddisg leol.</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+111"/>
        <source>reading the database</source>
        <translation>ddarllen y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteSchema.cpp" line="+12"/>
        <source>starting to update the database&apos;s structure</source>
        <translation>ddechrau diweddaru strwythur y gronfa ddata</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>marking the database as Waymark&apos;s</source>
        <translation>nodi mai cronfa ddata Waymark yw hon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording the database&apos;s version</source>
        <translation>gofnodi fersiwn y gronfa ddata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saving the database&apos;s new structure</source>
        <translation>gadw strwythur newydd y gronfa ddata</translation>
    </message>
    <message>
        <location filename="../core/store/sqlite/SqliteBackups.cpp" line="-76"/>
        <source>preparing a backup</source>
        <translation>baratoi copi wrth gefn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>writing a backup</source>
        <translation>ysgrifennu copi wrth gefn</translation>
    </message>
</context>
<context>
    <name>Waymark::StartPage</name>
    <message>
        <location filename="../app/gui/walkthrough/StartPage.cpp" line="+42"/>
        <source>&lt;h1&gt;Waymark&lt;/h1&gt;&lt;p&gt;A gateway review of local safeguards: how well do the council and its partners keep children safe?&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Waymark&lt;/h1&gt;&lt;p&gt;Adolygiad porth o drefniadau diogelu lleol: pa mor dda mae&apos;r cyngor a&apos;i bartneriaid yn cadw plant yn ddiogel?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New assessment…</source>
        <translation>Asesiad &amp;newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start answering the questions for your role.</source>
        <translation>Dechrau ateb y cwestiynau ar gyfer eich rôl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Mewnforio ffeil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an assessment someone sent you as a Waymark file.</source>
        <translation>Ychwanegu asesiad a anfonodd rhywun atoch fel ffeil Waymark.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another &amp;database…</source>
        <translation>Agor &amp;cronfa ddata arall…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a different Waymark database file.</source>
        <translation>Defnyddio ffeil cronfa ddata Waymark wahanol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at a &amp;sample</source>
        <translation>Edrych ar &amp;enghraifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a finished assessment for a fictional council.</source>
        <translation>Agor asesiad gorffenedig ar gyfer cyngor dychmygol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Your assessments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Eich asesiadau&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your assessments</source>
        <translation>Eich asesiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the chosen assessment.</source>
        <translation>Pwyswch Enter i agor yr asesiad a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Law</source>
        <translation>Cyfraith</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No assessments yet. Choose “New assessment” to start one, or look at the sample first.</source>
        <translation>Dim asesiadau eto. Dewiswch “Asesiad newydd” i ddechrau un, neu edrychwch ar yr enghraifft yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen assessment.</source>
        <translation>Agor yr asesiad a ddewiswyd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all</source>
        <translation>Dangos p&amp;ob un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every assessment in this database.</source>
        <translation>Rhestru pob asesiad yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Showing the %1 most recently changed of %2 assessments.</source>
        <translation>Yn dangos y %1 a newidiwyd ddiweddaraf o %2 asesiad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved in %1</source>
        <translation>Wedi&apos;i gadw yn %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2, %3, law of %4, %5 of %6 answered</source>
        <translation>%1, %2, %3, cyfraith %4, %5 o %6 wedi&apos;u hateb</translation>
    </message>
</context>
<context>
    <name>Waymark::SummaryView</name>
    <message>
        <location filename="../app/gui/summary/SummaryView.cpp" line="+84"/>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At a glance</source>
        <translation>Cipolwg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway status</source>
        <translation>Statws y porth</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall score</source>
        <translation>Sgôr gyffredinol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions answered</source>
        <translation>Cwestiynau a atebwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How scoring &amp;works</source>
        <translation>Sut mae sgorio&apos;n &amp;gweithio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How scoring works</source>
        <translation>Sut mae sgorio&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explains in plain words how scores, RAG and the gateway are worked out</source>
        <translation>Yn esbonio mewn geiriau plaen sut y cyfrifir sgoriau, RAG a&apos;r porth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint preview…</source>
        <translation>&amp;Rhagolwg argraffu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview of the gateway review</source>
        <translation>Rhagolwg argraffu o&apos;r adolygiad porth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the printed gateway review page by page, ready to print</source>
        <translation>Yn dangos yr adolygiad porth printiedig fesul tudalen, yn barod i&apos;w argraffu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;review as…</source>
        <translation>Cadw&apos;r &amp;adolygiad fel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the gateway review as a file</source>
        <translation>Cadw&apos;r adolygiad porth fel ffeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the gateway review to a file you choose: a tagged PDF, an accessible web page or a document to edit</source>
        <translation>Yn ysgrifennu&apos;r adolygiad porth i ffeil o&apos;ch dewis: PDF wedi&apos;i dagio, tudalen we hygyrch neu ddogfen i&apos;w golygu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section scores</source>
        <translation>Sgoriau&apos;r adrannau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statutory &amp;gates that failed</source>
        <translation>&amp;Profion statudol a fethodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gates rated Not met or Partially met. Press Enter to open one.</source>
        <translation>Profion a raddiwyd yn Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol. Pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priorities for improvement</source>
        <translation>&amp;Blaenoriaethau ar gyfer gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions rated Not met or Partially met, most important first. Press Enter to open one.</source>
        <translation>Cwestiynau a raddiwyd yn Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol, y pwysicaf yn gyntaf. Pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions to as&amp;k officers (answered Don&apos;t know)</source>
        <translation>Cwestiynau i&apos;w gofyn i &amp;swyddogion (atebwyd Ddim yn gwybod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your knowledge gaps. Press Enter to open one.</source>
        <translation>Eich bylchau gwybodaeth. Pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;lagged questions</source>
        <translation>Cwestiynau wedi&apos;u &amp;fflagio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions you flagged to come back to. Press Enter to open one.</source>
        <translation>Cwestiynau a fflagiwyd gennych i ddod yn ôl atynt. Pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tions</source>
        <translation>Camau gwei&amp;thredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your action plan: what, who, by when and status. Press Enter to open the question an action belongs to.</source>
        <translation>Eich cynllun gweithredu: beth, pwy, erbyn pryd a&apos;r statws. Pwyswch Enter i agor y cwestiwn y mae cam gweithredu&apos;n perthyn iddo.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Gateway: %1. Every statutory gate for your role is fully or mostly met, or does not apply.</source>
        <translation>Porth: %1. Mae pob prawf statudol ar gyfer eich rôl wedi&apos;i fodloni&apos;n llawn neu gan mwyaf, neu nid yw&apos;n berthnasol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. No statutory gate has failed, but these gates still need an answer (not answered yet, or Don&apos;t know): %2.</source>
        <translation>Porth: %1. Nid oes unrhyw brawf statudol wedi methu, ond mae angen ateb o hyd ar y profion hyn (heb eu hateb eto, neu Ddim yn gwybod): %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gateway: %1. These statutory gates are rated Not met or Partially met: %2.</source>
        <translation>Porth: %1. Mae&apos;r profion statudol hyn wedi&apos;u graddio&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These gates still need an answer: %1.</source>
        <translation>Mae angen ateb o hyd ar y profion hyn: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overall score: no score yet, because nothing is rated.</source>
        <translation>Sgôr gyffredinol: dim sgôr eto, gan nad oes dim wedi&apos;i raddio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall score: %1, %2 because the gateway is not passed (the score alone would be %3).</source>
        <translation>Sgôr gyffredinol: %1, %2 am nad yw&apos;r porth wedi&apos;i basio (%3 fyddai&apos;r sgôr ar ei phen ei hun).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overall score: %1, %2.</source>
        <translation>Sgôr gyffredinol: %1, %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 o %2 cwestiwn wedi&apos;u hateb.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No failed gates.</source>
        <translation>Dim profion wedi methu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, statutory gate</source>
        <translation>%1, prawf statudol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priorities: no question is rated Not met or Partially met.</source>
        <translation>Dim blaenoriaethau: nid oes unrhyw gwestiwn wedi&apos;i raddio&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your note: %1</source>
        <translation>Eich nodyn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No knowledge gaps: no question is answered Don&apos;t know.</source>
        <translation>Dim bylchau gwybodaeth: nid oes unrhyw gwestiwn wedi&apos;i ateb â Ddim yn gwybod.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flagged questions.</source>
        <translation>Dim cwestiynau wedi&apos;u fflagio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody named</source>
        <translation>neb wedi&apos;i enwi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who: %1 · Due: %2 · Status: %3</source>
        <translation>Pwy: %1 · Erbyn: %2 · Statws: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions yet.</source>
        <translation>Dim camau gweithredu eto.</translation>
    </message>
</context>
<context>
    <name>Waymark::Trend</name>
    <message>
        <location filename="../core/scoring/Trend.cpp" line="+32"/>
        <source>not asked</source>
        <translation>heb ei ofyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (as %2)</source>
        <translation>%1 (fel %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, before the question was split</source>
        <translation>%1, cyn i&apos;r cwestiwn gael ei rannu</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Overall</source>
        <translation>Cyffredinol</translation>
    </message>
</context>
<context>
    <name>Waymark::TrendChartWidget</name>
    <message>
        <location filename="../app/gui/trend/TrendChartWidget.cpp" line="+9"/>
        <source>Trend chart</source>
        <translation>Siart tuedd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line chart of scores from 0 to 100 in each assessment, oldest first. %1</source>
        <translation>Siart llinell o sgoriau o 0 i 100 ym mhob asesiad, yr hynaf yn gyntaf. %1</translation>
    </message>
</context>
<context>
    <name>Waymark::TrendView</name>
    <message>
        <location filename="../app/gui/trend/TrendView.cpp" line="+29"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not asked</source>
        <translation>heb ei ofyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, gate failed</source>
        <translation>%1, prawf wedi methu</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+2"/>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the trend</source>
        <translation>Am y duedd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show each section on the chart</source>
        <translation>Dangos pob adran ar y siart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question bank</source>
        <translation>Banc cwestiynau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall score</source>
        <translation>Sgôr gyffredinol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gateway</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessments</source>
        <translation>&amp;Asesiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each assessment in date order, with the version of the questions it was scored against, its overall score and its gateway</source>
        <translation>Pob asesiad yn nhrefn dyddiad, gyda&apos;r fersiwn o&apos;r cwestiynau y&apos;i sgoriwyd yn ei herbyn, ei sgôr gyffredinol a&apos;i borth</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show each section on the &amp;chart</source>
        <translation>Dangos pob adran ar y &amp;siart</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sec&amp;tions</source>
        <translation>A&amp;drannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each section&apos;s score in each assessment, and the change from the first score to the last</source>
        <translation>Sgôr pob adran ym mhob asesiad, a&apos;r newid o&apos;r sgôr gyntaf i&apos;r olaf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Questions that moved</source>
        <translation>&amp;Cwestiynau a symudodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions whose rating moved from the first assessment that rated them to the last, followed through the mapping between versions. Press Enter to open a question.</source>
        <translation>Cwestiynau y symudodd eu sgôr o&apos;r asesiad cyntaf a&apos;u sgoriodd i&apos;r olaf, wedi&apos;u dilyn drwy&apos;r mapio rhwng fersiynau. Pwyswch Enter i agor cwestiwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No question&apos;s rating has moved.</source>
        <translation>Nid yw sgôr unrhyw gwestiwn wedi symud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions &amp;no longer asked</source>
        <translation>Cwestiynau &amp;na ofynnir mwyach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions an earlier assessment was asked that the newest version no longer asks, and why</source>
        <translation>Cwestiynau a ofynnwyd mewn asesiad cynharach nad yw&apos;r fersiwn ddiweddaraf yn eu gofyn mwyach, a pham</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this authority</source>
        <translation>yr awdurdod hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The assessments could not be read: %1</source>
        <translation>Methu darllen yr asesiadau: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the only assessment of %1 as %2 in this database. When others are here, for example imported from exchange files, this page shows how the scores moved from one to the next.</source>
        <translation>Dyma&apos;r unig asesiad o %1 fel %2 yn y gronfa ddata hon. Pan fydd eraill yma, er enghraifft wedi&apos;u mewnforio o ffeiliau cyfnewid, mae&apos;r dudalen hon yn dangos sut y symudodd y sgoriau o un i&apos;r nesaf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every assessment of %1 as %2 in this database, oldest first. Each is scored against the version of the questions it was answered against, under its own law; a question is followed from one version to the next through the question bank&apos;s mapping.</source>
        <translation>Pob asesiad o %1 fel %2 yn y gronfa ddata hon, yr hynaf yn gyntaf. Caiff pob un ei sgorio yn erbyn y fersiwn o&apos;r cwestiynau a atebwyd, o dan ei gyfraith ei hun; dilynir cwestiwn o un fersiwn i&apos;r nesaf drwy fapio&apos;r banc cwestiynau.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (this assessment)</source>
        <translation>%1 (yr asesiad hwn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no name given</source>
        <translation>dim enw wedi&apos;i roi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1</source>
        <translation>fersiwn %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+25"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Movement</source>
        <translation>Symudiad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>▲ better</source>
        <translation>▲ gwell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ worse</source>
        <translation>▼ gwaeth</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answers</source>
        <translation>Atebion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is no longer asked</source>
        <translation>Pam na ofynnir mwyach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
</context>
<context>
    <name>Waymark::WalkthroughView</name>
    <message>
        <location filename="../app/gui/walkthrough/WalkthroughView.cpp" line="+41"/>
        <source>Sections and questions</source>
        <translation>Adrannau a chwestiynau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each section shows how many questions are answered and its rating. ✓ answered, ? don&apos;t know, · not yet answered.</source>
        <translation>Mae pob adran yn dangos faint o gwestiynau sydd wedi&apos;u hateb a&apos;i gradd. ✓ wedi&apos;i ateb, ? ddim yn gwybod, · heb ei ateb eto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions answered</source>
        <translation>Cwestiynau a atebwyd</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 questions answered</source>
        <translation>%1 o %2 cwestiwn wedi&apos;u hateb</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2 of %3, %4)</source>
        <translation>%1 (%2 o %3, %4)</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopAgreePanel</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopAgreePanel.cpp" line="+44"/>
        <source>What the room agrees</source>
        <translation>Beth mae&apos;r ystafell yn cytuno arno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agree: %1</source>
        <translation>Cytuno: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press %1</source>
        <translation>Pwyswch %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Clear the agreed answer</source>
        <translation>Clirio&apos;r ateb y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Delete</source>
        <translation>Pwyswch Delete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dissent or no&amp;te:</source>
        <translation>Anghytundeb neu no&amp;dyn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dissent or note</source>
        <translation>Anghytundeb neu nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who disagreed and why, or anything the room wants to remember.</source>
        <translation>Pwy a anghytunodd a pham, neu unrhyw beth mae&apos;r ystafell am ei gofio.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a question</source>
        <translation>Dewiswch gwestiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a question in the table to see how the members answered and to record what the room agrees.</source>
        <translation>Dewiswch gwestiwn yn y tabl i weld sut yr atebodd yr aelodau ac i gofnodi beth mae&apos;r ystafell yn cytuno arno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1: a statutory gate</source>
        <translation>Cwestiwn %1: prawf statudol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1</source>
        <translation>Cwestiwn %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n member(s) asked this question.</source>
        <translation>
            <numerusform>Gofynnwyd y cwestiwn hwn i %n aelod.</numerusform>
            <numerusform>Gofynnwyd y cwestiwn hwn i %n aelod.</numerusform>
            <numerusform>Gofynnwyd y cwestiwn hwn i %n aelod.</numerusform>
            <numerusform>Gofynnwyd y cwestiwn hwn i %n aelod.</numerusform>
            <numerusform>Gofynnwyd y cwestiwn hwn i %n aelod.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings from %1 to %2.</source>
        <translation>Graddau o %1 i %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Members disagree: their ratings are %n levels apart.</source>
        <translation>
            <numerusform>Mae&apos;r aelodau&apos;n anghytuno: mae eu graddau %n lefel ar wahân.</numerusform>
            <numerusform>Mae&apos;r aelodau&apos;n anghytuno: mae eu graddau %n lefel ar wahân.</numerusform>
            <numerusform>Mae&apos;r aelodau&apos;n anghytuno: mae eu graddau %n lefel ar wahân.</numerusform>
            <numerusform>Mae&apos;r aelodau&apos;n anghytuno: mae eu graddau %n lefel ar wahân.</numerusform>
            <numerusform>Mae&apos;r aelodau&apos;n anghytuno: mae eu graddau %n lefel ar wahân.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed: %1</source>
        <translation>Cytunwyd: %1</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopGatherDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopGatherDialog.cpp" line="+26"/>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: the same member&apos;s answers again</source>
        <translation>Diweddarwyd: atebion yr un aelod eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced: the newer file wins</source>
        <translation>Disodlwyd: mae&apos;r ffeil fwy diweddar yn ennill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept the answers already here: the file was older</source>
        <translation>Cadwyd yr atebion sydd yma eisoes: roedd y ffeil yn hŷn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added: for another council or question bank</source>
        <translation>Heb ei ychwanegu: ar gyfer cyngor neu fanc cwestiynau arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be read: nothing was changed</source>
        <translation>Methu ei darllen: ni newidiwyd dim</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Returned files</source>
        <translation>Ffeiliau a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What became of each file</source>
        <translation>Beth a ddigwyddodd i bob ffeil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Add them anyway (%n file(s))</source>
        <translation>
            <numerusform>&amp;Ychwanegu nhw beth bynnag (%n ffeil)</numerusform>
            <numerusform>&amp;Ychwanegu nhw beth bynnag (%n ffeil)</numerusform>
            <numerusform>&amp;Ychwanegu nhw beth bynnag (%n ffeil)</numerusform>
            <numerusform>&amp;Ychwanegu nhw beth bynnag (%n ffeil)</numerusform>
            <numerusform>&amp;Ychwanegu nhw beth bynnag (%n ffeil)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the files for another council or bank anyway</source>
        <translation>Ychwanegu&apos;r ffeiliau ar gyfer cyngor neu fanc arall beth bynnag</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n wedi&apos;u hychwanegu</numerusform>
            <numerusform>%n wedi&apos;u hychwanegu</numerusform>
            <numerusform>%n wedi&apos;u hychwanegu</numerusform>
            <numerusform>%n wedi&apos;u hychwanegu</numerusform>
            <numerusform>%n wedi&apos;u hychwanegu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n wedi&apos;u diweddaru</numerusform>
            <numerusform>%n wedi&apos;u diweddaru</numerusform>
            <numerusform>%n wedi&apos;u diweddaru</numerusform>
            <numerusform>%n wedi&apos;u diweddaru</numerusform>
            <numerusform>%n wedi&apos;u diweddaru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n replaced by a newer file</source>
        <translation>
            <numerusform>%n wedi&apos;u disodli gan ffeil fwy diweddar</numerusform>
            <numerusform>%n wedi&apos;u disodli gan ffeil fwy diweddar</numerusform>
            <numerusform>%n wedi&apos;u disodli gan ffeil fwy diweddar</numerusform>
            <numerusform>%n wedi&apos;u disodli gan ffeil fwy diweddar</numerusform>
            <numerusform>%n wedi&apos;u disodli gan ffeil fwy diweddar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older file(s) not added</source>
        <translation>
            <numerusform>%n ffeil hŷn heb eu hychwanegu</numerusform>
            <numerusform>%n ffeil hŷn heb eu hychwanegu</numerusform>
            <numerusform>%n ffeil hŷn heb eu hychwanegu</numerusform>
            <numerusform>%n ffeil hŷn heb eu hychwanegu</numerusform>
            <numerusform>%n ffeil hŷn heb eu hychwanegu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n for another council or bank, not added</source>
        <translation>
            <numerusform>%n ar gyfer cyngor neu fanc arall, heb eu hychwanegu</numerusform>
            <numerusform>%n ar gyfer cyngor neu fanc arall, heb eu hychwanegu</numerusform>
            <numerusform>%n ar gyfer cyngor neu fanc arall, heb eu hychwanegu</numerusform>
            <numerusform>%n ar gyfer cyngor neu fanc arall, heb eu hychwanegu</numerusform>
            <numerusform>%n ar gyfer cyngor neu fanc arall, heb eu hychwanegu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n yn methu eu darllen</numerusform>
            <numerusform>%n yn methu eu darllen</numerusform>
            <numerusform>%n yn methu eu darllen</numerusform>
            <numerusform>%n yn methu eu darllen</numerusform>
            <numerusform>%n yn methu eu darllen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No files were added.</source>
        <translation>Ni ychwanegwyd unrhyw ffeiliau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Stopped: %1</source>
        <translation>Wedi stopio: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopMemberDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopMemberDialog.cpp" line="+26"/>
        <source>Add a member in the room</source>
        <translation>Ychwanegu aelod sydd yn yr ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a member who answers in the room rather than with an answer pack. You enter their answers in the round.</source>
        <translation>Ar gyfer aelod sy&apos;n ateb yn yr ystafell yn hytrach na gyda phecyn ateb. Rydych yn rhoi ei atebion i mewn yn y rownd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member&apos;s name</source>
        <translation>Enw&apos;r aelod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member&apos;s role</source>
        <translation>Rôl yr aelod</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Add the member</source>
        <translation>Ychwanegu&apos;r aelod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopMembersBox</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopMembersBox.cpp" line="+14"/>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members in the workshop</source>
        <translation>Aelodau yn y gweithdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove from the workshop…</source>
        <translation>&amp;Tynnu o&apos;r gweithdy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen member from the workshop</source>
        <translation>Tynnu&apos;r aelod a ddewiswyd o&apos;r gweithdy</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2: %3 of %4 answered</source>
        <translation>%1, %2: %3 o %4 wedi&apos;u hateb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No members yet: add returned files (or drop them on this window), or add a member in the room.</source>
        <translation>Dim aelodau eto: ychwanegwch ffeiliau a ddychwelwyd (neu eu gollwng ar y ffenestr hon), neu ychwanegwch aelod sydd yn yr ystafell.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove from the workshop</source>
        <translation>Tynnu o&apos;r gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this workshop? Their own assessment stays in the database.</source>
        <translation>Tynnu %1 o&apos;r gweithdy hwn? Mae ei asesiad ei hun yn aros yn y gronfa ddata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The member was not removed</source>
        <translation>Ni thynnwyd yr aelod</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopNewDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopNewDialog.cpp" line="+29"/>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workshop gathers members&apos; answers so that the room can see where they agree and agree a rating together.</source>
        <translation>Mae gweithdy&apos;n casglu atebion aelodau fel y gall yr ystafell weld ble maen nhw&apos;n cytuno a chytuno ar radd gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of the workshop</source>
        <translation>Enw&apos;r gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Cabinet safeguarding workshop</source>
        <translation>Er enghraifft: Gweithdy diogelu&apos;r Cabinet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Council or partnership</source>
        <translation>Cyngor neu bartneriaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned answers for another council are pointed out before they are added.</source>
        <translation>Tynnir sylw at atebion a ddychwelwyd ar gyfer cyngor arall cyn eu hychwanegu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Borsetshire County Council</source>
        <translation>Er enghraifft: Cyngor Sir Borsetshire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The law the workshop reviews under</source>
        <translation>Y gyfraith y mae&apos;r gweithdy&apos;n adolygu oddi tani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The members&apos; answer packs are made under this law, and returned answers made under another are pointed out before they are added.</source>
        <translation>Gwneir pecynnau ateb yr aelodau o dan y gyfraith hon, a thynnir sylw at atebion a ddychwelwyd a wnaed o dan gyfraith arall cyn eu hychwanegu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date of the workshop</source>
        <translation>Dyddiad y gweithdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name (optional)</source>
        <translation>Eich enw (dewisol)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Create the workshop</source>
        <translation>Creu&apos;r gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Council or partnership:</source>
        <translation>&amp;Cyngor neu bartneriaeth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Law:</source>
        <translation>C&amp;yfraith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Hwylusydd:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Still needed: a name for the workshop.</source>
        <translation>Angen o hyd: enw ar gyfer y gweithdy.</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopPacksDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopPacksDialog.cpp" line="+37"/>
        <source>Answer packs for %1</source>
        <translation>Pecynnau ateb ar gyfer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one answer pack for each member. They open it in their own Waymark (the council and the workshop are filled in), answer the questions for their role, and send the file back to you.</source>
        <translation>Ysgrifennwch un pecyn ateb ar gyfer pob aelod. Maen nhw&apos;n ei agor yn eu Waymark eu hunain (mae&apos;r cyngor a&apos;r gweithdy wedi&apos;u llenwi), yn ateb y cwestiynau ar gyfer eu rôl, ac yn anfon y ffeil yn ôl atoch.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member&apos;s name</source>
        <translation>Enw&apos;r aelod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member&apos;s role</source>
        <translation>Rôl yr aelod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Ychwanegu at y rhestr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the member to the list</source>
        <translation>Ychwanegu&apos;r aelod at y rhestr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members to write answer packs for</source>
        <translation>Aelodau i ysgrifennu pecynnau ateb ar eu cyfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Tynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected member from the list</source>
        <translation>Tynnu&apos;r aelod a ddewiswyd o&apos;r rhestr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder to write the answer packs into</source>
        <translation>Ffolder i ysgrifennu&apos;r pecynnau ateb iddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder</source>
        <translation>Dewis y ffolder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write the answer packs</source>
        <translation>&amp;Ysgrifennu&apos;r pecynnau ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the answer packs</source>
        <translation>Ysgrifennu&apos;r pecynnau ateb</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Member:</source>
        <translation>&amp;Aelod:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ffolder:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Folder for the answer packs</source>
        <translation>Ffolder ar gyfer y pecynnau ateb</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not all answer packs were written</source>
        <translation>Ni ysgrifennwyd pob pecyn ateb</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answer pack(s) written to %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The folder %1 could not be made.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The answer pack for %1 was not written, because Waymark could not import it: %2</source>
        <translation>Ni ysgrifennwyd y pecyn atebion ar gyfer %1, oherwydd na allai Waymark ei fewnforio: %2</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopPresenter</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopPresenter.cpp" line="+33"/>
        <source>Waymark workshop: presenter view</source>
        <translation>Gweithdy Waymark: golwg y cyflwynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation>Golwg y cyflwynydd</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>→ next   ← previous   D disagreements only   T section timer   Esc leave</source>
        <translation>→ nesaf   ← blaenorol   D anghytundebau yn unig   T amserydd adran   Esc gadael</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Members disagree on no question. Press D to show all.</source>
        <translation>Nid yw&apos;r aelodau&apos;n anghytuno ar unrhyw gwestiwn. Pwyswch D i ddangos y cyfan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answers to show yet.</source>
        <translation>Dim atebion i&apos;w dangos eto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Question %1 of %2</source>
        <translation>Cwestiwn %1 o %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · disagreements only</source>
        <translation> · anghytundebau yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · statutory gate</source>
        <translation> · prawf statudol</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) asked.</source>
        <translation>
            <numerusform>Gofynnwyd i %n aelod.</numerusform>
            <numerusform>Gofynnwyd i %n aelod.</numerusform>
            <numerusform>Gofynnwyd i %n aelod.</numerusform>
            <numerusform>Gofynnwyd i %n aelod.</numerusform>
            <numerusform>Gofynnwyd i %n aelod.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings from %1 to %2.</source>
        <translation>Graddau o %1 i %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members disagree.</source>
        <translation>Mae&apos;r aelodau&apos;n anghytuno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed: %1</source>
        <translation>Cytunwyd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. %2 %3</source>
        <translation>%1. %2 %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Section timer: press T to start</source>
        <translation>Amserydd adran: pwyswch T i ddechrau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section time %1 (running; T stops)</source>
        <translation>Amser adran %1 (yn rhedeg; T i stopio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section time %1 (stopped; T starts)</source>
        <translation>Amser adran %1 (wedi stopio; T i ddechrau)</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopPrintDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopPrintDialog.cpp" line="+15"/>
        <source>The workshop pack</source>
        <translation>Pecyn y gweithdy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pack holds the group&apos;s gateway review from the agreed ratings, where members agree and disagree, a table of every member&apos;s answers and the questions to ask officers.</source>
        <translation>Mae&apos;r pecyn yn cynnwys adolygiad porth y grŵp o&apos;r graddau y cytunwyd arnynt, ble mae&apos;r aelodau&apos;n cytuno ac yn anghytuno, tabl o atebion pob aelod a&apos;r cwestiynau i&apos;w gofyn i swyddogion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Anonymise: show members as Member A, B, … and never by name</source>
        <translation>&amp;Dienwi: dangos aelodau fel Aelod A, B, … a byth wrth eu henw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise the members</source>
        <translation>Dienwi&apos;r aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Include each member&apos;s own review as an appendix</source>
        <translation>&amp;Cynnwys adolygiad pob aelod ei hun fel atodiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include each member&apos;s review</source>
        <translation>Cynnwys adolygiad pob aelod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopResultBox</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopResultBox.cpp" line="+12"/>
        <source>The group&apos;s result, from the agreed answers</source>
        <translation>Canlyniad y grŵp, o&apos;r atebion y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Group score: %1 out of 100, %2</source>
        <translation>Sgôr y grŵp: %1 allan o 100, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group score: none yet. Agree a rating for a question to start.</source>
        <translation>Sgôr y grŵp: dim eto. Cytunwch ar radd ar gyfer cwestiwn i ddechrau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway: %1</source>
        <translation>Porth: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n statutory gate(s) agreed Not met or Partially met)</source>
        <translation>
            <numerusform>(%n prawf statudol wedi&apos;u cytuno&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol)</numerusform>
            <numerusform>(%n prawf statudol wedi&apos;u cytuno&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol)</numerusform>
            <numerusform>(%n prawf statudol wedi&apos;u cytuno&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol)</numerusform>
            <numerusform>(%n prawf statudol wedi&apos;u cytuno&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol)</numerusform>
            <numerusform>(%n prawf statudol wedi&apos;u cytuno&apos;n Heb ei fodloni neu&apos;n Wedi&apos;i fodloni&apos;n rhannol)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n statutory gate(s) not agreed yet, or Don&apos;t know)</source>
        <translation>
            <numerusform>(%n prawf statudol heb eu cytuno eto, neu Ddim yn gwybod)</numerusform>
            <numerusform>(%n prawf statudol heb eu cytuno eto, neu Ddim yn gwybod)</numerusform>
            <numerusform>(%n prawf statudol heb eu cytuno eto, neu Ddim yn gwybod)</numerusform>
            <numerusform>(%n prawf statudol heb eu cytuno eto, neu Ddim yn gwybod)</numerusform>
            <numerusform>(%n prawf statudol heb eu cytuno eto, neu Ddim yn gwybod)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Agreed so far: %1 of %n question(s) asked</source>
        <translation>
            <numerusform>Cytunwyd hyd yma: %1 o %n cwestiwn a ofynnwyd</numerusform>
            <numerusform>Cytunwyd hyd yma: %1 o %n cwestiwn a ofynnwyd</numerusform>
            <numerusform>Cytunwyd hyd yma: %1 o %n cwestiwn a ofynnwyd</numerusform>
            <numerusform>Cytunwyd hyd yma: %1 o %n cwestiwn a ofynnwyd</numerusform>
            <numerusform>Cytunwyd hyd yma: %1 o %n cwestiwn a ofynnwyd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopRoundDialog</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopRoundDialog.cpp" line="+36"/>
        <source>Round entry</source>
        <translation>Cofnodi&apos;r rownd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For each member in turn press 3, 2, 1 or 0, D for Don&apos;t know or N for Not applicable; the next member is chosen for you. Delete clears an answer. Answers are saved as you go.</source>
        <translation>Ar gyfer pob aelod yn ei dro pwyswch 3, 2, 1 neu 0, D ar gyfer Ddim yn gwybod neu N ar gyfer Amherthnasol; caiff yr aelod nesaf ei ddewis i chi. Mae Delete yn clirio ateb. Caiff atebion eu cadw wrth i chi fynd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members&apos; answers to this question</source>
        <translation>Atebion yr aelodau i&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Previous question</source>
        <translation>Cwestiwn &amp;blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous question</source>
        <translation>Cwestiwn blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next question</source>
        <translation>Cwestiwn &amp;nesaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next question</source>
        <translation>Cwestiwn nesaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close round entry</source>
        <translation>Cau cofnodi&apos;r rownd</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No questions to go through.</source>
        <translation>Dim cwestiynau i fynd drwyddynt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question %1 (%2 of %3)%4</source>
        <translation>Cwestiwn %1 (%2 o %3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1</source>
        <translation> yn %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>not answered yet</source>
        <translation>heb ei ateb eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ chosen</source>
        <translation>✔ wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, chosen</source>
        <translation>%1, wedi&apos;i ddewis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This question applies to none of the members.</source>
        <translation>Nid yw&apos;r cwestiwn hwn yn berthnasol i unrhyw un o&apos;r aelodau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The answer was not saved</source>
        <translation>Ni chadwyd yr ateb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: %1, %2.</source>
        <translation>Cadwyd: %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <translation>wedi&apos;i glirio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That was the last member: Alt+N goes to the next question.</source>
        <translation>Dyna’r aelod olaf: mae Alt+N yn mynd i’r cwestiwn nesaf.</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopSpreadChart</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopSpreadChart.cpp" line="+39"/>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chart of the members&apos; answers</source>
        <translation>Siart o atebion yr aelodau</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopSpreadModel</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopSpreadModel.cpp" line="+48"/>
        <source>none rated</source>
        <translation>dim wedi&apos;u graddio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disagree (%1 apart)</source>
        <translation>Anghytuno (%1 ar wahân)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not agreed yet</source>
        <translation>heb gytuno eto</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 (gate)</source>
        <translation>%1 (prawf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DK</source>
        <translation>DG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>Amh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank</source>
        <translation>Gwag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Range</source>
        <translation>Ystod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagree?</source>
        <translation>Anghytuno?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>How many answered %1</source>
        <translation>Faint a atebodd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many have not answered yet</source>
        <translation>Faint sydd heb ateb eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest and the highest rating given</source>
        <translation>Y radd isaf a&apos;r radd uchaf a roddwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members&apos; ratings are two or more levels apart</source>
        <translation>Mae graddau&apos;r aelodau ddwy lefel neu fwy ar wahân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rating the room agreed</source>
        <translation>Y radd y cytunodd yr ystafell arni</translation>
    </message>
</context>
<context>
    <name>Waymark::WorkshopWindow</name>
    <message>
        <location filename="../app/gui/workshop/WorkshopWindow.cpp" line="+91"/>
        <source>How the members answered each question</source>
        <translation>Sut yr atebodd yr aelodau bob cwestiwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per question. Choose a question, then press 3, 2, 1, 0, D or N to record the answer the room agrees.</source>
        <translation>Un rhes i bob cwestiwn. Dewiswch gwestiwn, yna pwyswch 3, 2, 1, 0, D neu N i gofnodi&apos;r ateb y mae&apos;r ystafell yn cytuno arno.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wor&amp;kshop:</source>
        <translation>Gwei&amp;thdy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workshop</source>
        <translation>Gweithdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New workshop…</source>
        <translation>Gweithdy newydd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workshop</source>
        <translation>Gweithdy newydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+162"/>
        <source>Show &amp;names</source>
        <translation>Dangos &amp;enwau</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Show members&apos; names</source>
        <translation>Dangos enwau&apos;r aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When not ticked, members are shown as Member A, B and so on.</source>
        <translation>Pan nad yw wedi&apos;i dicio, dangosir aelodau fel Aelod A, B ac ati.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick before putting this window on a projector.</source>
        <translation>Dad-diciwch cyn rhoi&apos;r ffenestr hon ar daflunydd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Steps</source>
        <translation>Camau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Answer packs…</source>
        <translation>1. Pecynnau ateb…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write answer packs for the members</source>
        <translation>Ysgrifennu pecynnau ateb ar gyfer yr aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Add returned files…</source>
        <translation>2. Ychwanegu ffeiliau a ddychwelwyd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add returned files</source>
        <translation>Ychwanegu ffeiliau a ddychwelwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member in the room…</source>
        <translation>Ychwanegu aelod sydd yn yr ystafell…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a member in the room</source>
        <translation>Ychwanegu aelod sydd yn yr ystafell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round entry…</source>
        <translation>Cofnodi&apos;r rownd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter answers in the round</source>
        <translation>Rhoi atebion i mewn yn y rownd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. Present</source>
        <translation>3. Cyflwyno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present on the projector</source>
        <translation>Cyflwyno ar y taflunydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Print the pack…</source>
        <translation>4. Argraffu&apos;r pecyn…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the workshop pack</source>
        <translation>Argraffu pecyn y gweithdy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disagreements &amp;only</source>
        <translation>Anghytundebau yn &amp;unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only questions members disagree on</source>
        <translation>Dangos dim ond y cwestiynau y mae&apos;r aelodau&apos;n anghytuno arnynt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Section:</source>
        <translation>&amp;Adran:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the questions of a section</source>
        <translation>Dangos cwestiynau adran</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All sections</source>
        <translation>Pob adran</translation>
    </message>
    <message>
        <location line="+398"/>
        <source>&amp;Save the pack…</source>
        <translation>&amp;Cadw&apos;r pecyn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop pack - %1</source>
        <translation>Pecyn y gweithdy - %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the workshop pack (PDF, web page or document)</source>
        <translation>Allforio pecyn y gweithdy (PDF, tudalen we neu ddogfen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack was not saved</source>
        <translation>Ni chadwyd y pecyn</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Statutory &amp;gates only</source>
        <translation>Profion &amp;statudol yn unig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only statutory gates</source>
        <translation>Dangos profion statudol yn unig</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Workshop</source>
        <translation>Gwei&amp;thdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation>Gweithdy &amp;newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answer packs…</source>
        <translation>&amp;Pecynnau ateb…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;rint preview of the pack…</source>
        <translation>&amp;Rhagolwg argraffu o&apos;r pecyn…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close the workshop window</source>
        <translation>&amp;Cau ffenestr y gweithdy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members</source>
        <translation>&amp;Aelodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;returned files…</source>
        <translation>Ychwanegu ffeiliau a &amp;ddychwelwyd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member in the &amp;room…</source>
        <translation>Ychwanegu aelod sydd yn yr &amp;ystafell…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round &amp;entry…</source>
        <translation>Cofnodi&apos;r r&amp;ownd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Present</source>
        <translation>C&amp;yflwyno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter view</source>
        <translation>&amp;Golwg y cyflwynydd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot read the workshops</source>
        <translation>Methu darllen y gweithdai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the workshop</source>
        <translation>Methu agor y gweithdy</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workshop was not created</source>
        <translation>Ni chrëwyd y gweithdy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop created. Next: write the answer packs, or add members in the room.</source>
        <translation>Crëwyd y gweithdy. Nesaf: ysgrifennwch y pecynnau ateb, neu ychwanegwch aelodau sydd yn yr ystafell.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Cannot read the workshop</source>
        <translation>Methu darllen y gweithdy</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Export the pack as PD&amp;F, web page or document…</source>
        <translation>Allforio&apos;r pecyn fel PD&amp;F, tudalen we neu ddogfen…</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Workshops - Waymark</source>
        <translation>Gweithdai - Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No workshop yet: choose New workshop to set one up.</source>
        <translation>Dim gweithdy eto: dewiswch Gweithdy newydd i sefydlu un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop: %1 - Waymark</source>
        <translation>Gweithdy: %1 - Waymark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>law of %1</source>
        <translation>cyfraith %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>facilitated by %1</source>
        <translation>wedi&apos;i hwyluso gan %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
            <numerusform>%n aelod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s) shown</source>
        <translation>
            <numerusform>%n cwestiwn yn cael eu dangos</numerusform>
            <numerusform>%n cwestiwn yn cael eu dangos</numerusform>
            <numerusform>%n cwestiwn yn cael eu dangos</numerusform>
            <numerusform>%n cwestiwn yn cael eu dangos</numerusform>
            <numerusform>%n cwestiwn yn cael eu dangos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Members are shown as Member A, B, …</source>
        <translation>Dangosir aelodau fel Aelod A, B, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members&apos; names are shown.</source>
        <translation>Dangosir enwau&apos;r aelodau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agreed answer was not saved</source>
        <translation>Ni chadwyd yr ateb y cytunwyd arno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: question %1 has no agreed answer.</source>
        <translation>Cadwyd: nid oes ateb y cytunwyd arno i gwestiwn %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: question %1 agreed %2.</source>
        <translation>Cadwyd: cytunwyd %2 ar gwestiwn %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n answer pack(s) written to %1.</source>
        <translation>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
            <numerusform>Ysgrifennwyd %n pecyn ateb i %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add the members&apos; returned files</source>
        <translation>Ychwanegu&apos;r ffeiliau a ddychwelwyd gan yr aelodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark files (*.waymark *.json);;All files (*)</source>
        <translation>Ffeiliau Waymark (*.waymark *.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The member was not added</source>
        <translation>Ni ychwanegwyd yr aelod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member added. Use Round entry to enter their answers.</source>
        <translation>Ychwanegwyd yr aelod. Defnyddiwch Cofnodi&apos;r rownd i roi ei atebion i mewn.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show the &amp;preview</source>
        <translation>Dangos y &amp;rhagolwg</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saved %1</source>
        <translation>Cadwyd %1</translation>
    </message>
</context>
<context>
    <name>WorkbookComposer</name>
    <message>
        <location filename="../core/report/WorkbookComposer.cpp" line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workbook: %1 — %2</source>
        <translation>Llyfr gwaith: %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank self-assessment workbook for the %1, from %2</source>
        <translation>Llyfr gwaith hunanasesu gwag ar gyfer rôl %1, o %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark %1</source>
        <translation>Waymark %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safeguarding</source>
        <translation>diogelu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>children</source>
        <translation>plant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>workbook</source>
        <translation>llyfr gwaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-assessment</source>
        <translation>hunanasesiad</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Workbook</source>
        <translation>Llyfr gwaith</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Printed %1 with Waymark %2 from %3</source>
        <translation>Argraffwyd ar %1 gyda Waymark %2 o %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For the %1</source>
        <translation>Ar gyfer rôl %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question bank</source>
        <translation>Banc cwestiynau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Law</source>
        <translation>Cyfraith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Cwestiynau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For each question, tick the one answer that fits best, then write how you know and anything you want to ask officers. Your answers can be entered in Waymark afterwards to work out the scores and print your gateway review.</source>
        <translation>Ar gyfer pob cwestiwn, ticiwch yr un ateb sy&apos;n gweddu orau, yna ysgrifennwch sut rydych chi&apos;n gwybod ac unrhyw beth yr hoffech ei ofyn i swyddogion. Gellir rhoi eich atebion yn Waymark wedyn i gyfrifo&apos;r sgoriau ac argraffu eich adolygiad porth.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Produced with Waymark %1 on %2.</source>
        <translation>Cynhyrchwyd gyda Waymark %1 ar %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to use this workbook</source>
        <translation>Sut i ddefnyddio&apos;r llyfr gwaith hwn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workbook holds every question for the %1, section by section. Each question comes with why it matters, how you would know, and what each level of the rating scale looks like for it. Tick one answer, then note your evidence and any questions for officers in the space below it.</source>
        <translation>Mae&apos;r llyfr gwaith hwn yn cynnwys pob cwestiwn ar gyfer rôl %1, fesul adran. Daw pob cwestiwn gyda pham y mae&apos;n bwysig, sut y byddech chi&apos;n gwybod, a sut olwg sydd ar bob lefel o&apos;r raddfa ar ei gyfer. Ticiwch un ateb, yna nodwch eich tystiolaeth ac unrhyw gwestiynau i swyddogion yn y lle oddi tano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some questions are statutory gates: duties the law says must be in place. They are marked as such. A gate answered Not met or Partially met means the gateway is not passed.</source>
        <translation>Mae rhai cwestiynau&apos;n brofion statudol: dyletswyddau y mae&apos;r gyfraith yn dweud bod rhaid iddynt fod ar waith. Maent wedi&apos;u marcio felly. Os atebir prawf â Heb ei fodloni neu Wedi&apos;i fodloni&apos;n rhannol, nid yw&apos;r porth wedi&apos;i basio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answers</source>
        <translation>Yr atebion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Beth y mae&apos;n ei olygu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The duty or practice is fully in place, and you have seen evidence that it works.</source>
        <translation>Mae&apos;r ddyletswydd neu&apos;r arfer yn gwbl weithredol, ac rydych wedi gweld tystiolaeth ei fod yn gweithio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is in place, with minor gaps that are known and being dealt with.</source>
        <translation>Mae ar waith, gyda mân fylchau sy&apos;n hysbys ac yn cael sylw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of it is in place, but there are significant gaps.</source>
        <translation>Mae rhywfaint ohono ar waith, ond mae bylchau sylweddol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not in place.</source>
        <translation>Nid yw ar waith.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not know. That is a finding in itself: it becomes a question to ask officers.</source>
        <translation>Nid ydych yn gwybod. Mae hynny&apos;n ganfyddiad ynddo&apos;i hun: daw&apos;n gwestiwn i&apos;w ofyn i swyddogion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question does not apply to your council. It is neither scored nor counted against you.</source>
        <translation>Nid yw&apos;r cwestiwn yn berthnasol i&apos;ch cyngor. Nid yw&apos;n cael ei sgorio na&apos;i gyfrif yn eich erbyn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each question below says what Fully met, Mostly met, Partially met and Not met look like for that question.</source>
        <translation>Mae pob cwestiwn isod yn dweud sut olwg sydd ar Wedi&apos;i fodloni&apos;n llawn, Wedi&apos;i fodloni gan mwyaf, Wedi&apos;i fodloni&apos;n rhannol a Heb ei fodloni ar gyfer y cwestiwn hwnnw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No question in this question bank applies to the %1.</source>
        <translation>Nid oes unrhyw gwestiwn yn y banc cwestiynau hwn yn berthnasol i rôl %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Statutory gate: a duty the law says must be in place.</source>
        <translation>Prawf statudol: dyletswydd y mae&apos;r gyfraith yn dweud bod rhaid iddi fod ar waith.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statutory gate: a duty the law says must be in place. Statutory basis: %1</source>
        <translation>Prawf statudol: dyletswydd y mae&apos;r gyfraith yn dweud bod rhaid iddi fod ar waith. Sail statudol: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statutory basis: %1</source>
        <translation>Sail statudol: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why this matters</source>
        <translation>Pam y mae hyn yn bwysig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How would you know?</source>
        <translation>Sut fyddech chi&apos;n gwybod?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each level looks like</source>
        <translation>Sut olwg sydd ar bob lefel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it looks like</source>
        <translation>Sut olwg sydd arno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How do you know? (evidence)</source>
        <translation>Sut rydych chi&apos;n gwybod? (tystiolaeth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and questions for officers</source>
        <translation>Nodiadau a chwestiynau i swyddogion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The terms this workbook uses, in alphabetical order.</source>
        <translation>Y termau y mae&apos;r llyfr gwaith hwn yn eu defnyddio, yn nhrefn yr wyddor.</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../core/workshop/Workshop.cpp" line="+11"/>
        <source>Member %1</source>
        <translation>Aelod %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Workshop group (agreed answers)</source>
        <translation>Grŵp y gweithdy (atebion y cytunwyd arnynt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ratings the members agreed together in the workshop.</source>
        <translation>Y graddau y cytunodd yr aelodau arnynt gyda&apos;i gilydd yn y gweithdy.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The workshop</source>
        <translation>Y gweithdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop, facilitated by %1</source>
        <translation>Y gweithdy, wedi&apos;i hwyluso gan %1</translation>
    </message>
</context>
<context>
    <name>WorkshopGatherer</name>
    <message>
        <location filename="../core/workshop/WorkshopGatherer.cpp" line="+84"/>
        <source>it is for %1, not %2</source>
        <translation>ei fod ar gyfer %1, nid %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was answered against question bank %1 %2, not %3 %4</source>
        <translation>iddo gael ei ateb yn erbyn banc cwestiynau %1 %2, nid %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was made under the law of %1, not %2</source>
        <translation>iddo gael ei wneud o dan gyfraith %1, nid %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2): not added, because %3.</source>
        <translation>%1 (%2): heb ei ychwanegu, oherwydd %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>; and </source>
        <translation>; ac </translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1: %2 is already here with answers from %3; this file (from %4) is older, so it was not added.</source>
        <translation>%1: mae %2 yma eisoes gydag atebion o %3; mae&apos;r ffeil hon (o %4) yn hŷn, felly ni chafodd ei hychwanegu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2&apos;s answers were already here; the later answer to each question was kept.</source>
        <translation>%1: roedd atebion %2 yma eisoes; cadwyd yr ateb diweddarach i bob cwestiwn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 was already here with answers from %3; this newer file (from %4) replaces them.</source>
        <translation>%1: roedd %2 yma eisoes gydag atebion o %3; mae&apos;r ffeil fwy newydd hon (o %4) yn cymryd eu lle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): added although %3.</source>
        <translation>%1 (%2): wedi&apos;i ychwanegu er %3.</translation>
    </message>
</context>
<context>
    <name>WorkshopPackComposer</name>
    <message>
        <location filename="../core/report/WorkshopPackComposer.cpp" line="+33"/>
        <source>Workshop pack: %1</source>
        <translation>Pecyn y gweithdy: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed gateway review of a members&apos; workshop, with where members agreed and disagreed</source>
        <translation>Adolygiad porth y cytunwyd arno mewn gweithdy aelodau, gyda ble y cytunodd ac yr anghytunodd yr aelodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop pack</source>
        <translation>Pecyn y gweithdy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop pack · gateway review of local safeguards</source>
        <translation>Pecyn y gweithdy · adolygiad porth o drefniadau diogelu lleol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held on</source>
        <translation>Cynhaliwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions agreed</source>
        <translation>Cwestiynau y cytunwyd arnynt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disagreements</source>
        <translation>Anghytundebau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question bank</source>
        <translation>Banc cwestiynau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where members agree and disagree</source>
        <translation>Ble mae&apos;r aelodau&apos;n cytuno ac yn anghytuno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 members took part. Members disagree on a question when their ratings are two or more levels apart, for example one says Fully met and another Partially met. The scores above come from the ratings the room agreed, not from an average.</source>
        <translation>Cymerodd %1 aelod ran. Mae aelodau&apos;n anghytuno ar gwestiwn pan fo&apos;u graddau ddwy lefel neu fwy ar wahân, er enghraifft un yn dweud Wedi&apos;i fodloni&apos;n llawn ac un arall Wedi&apos;i fodloni&apos;n rhannol. Daw&apos;r sgoriau uchod o&apos;r graddau y cytunodd yr ystafell arnynt, nid o gyfartaledd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There were no disagreements: on every question the members&apos; ratings were at most one level apart.</source>
        <translation>Nid oedd unrhyw anghytundebau: ar bob cwestiwn roedd graddau&apos;r aelodau un lefel ar wahân ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Ref.</source>
        <translation>Cyf.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Question</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How members rated it</source>
        <translation>Sut y graddiodd yr aelodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet agreed</source>
        <translation>Heb gytuno eto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions members disagreed on, widest spread first</source>
        <translation>Cwestiynau yr anghytunodd aelodau arnynt, y bwlch mwyaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each member&apos;s ratings</source>
        <translation>Graddau pob aelod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per question, one column per member. 3 is Fully met, 2 Mostly met, 1 Partially met and 0 Not met; the weaker the rating, the darker the cell. DK is Don&apos;t know, N/A Not applicable, – not answered, and a blank cell a question that is not asked of that member&apos;s role.</source>
        <translation>Un rhes i bob cwestiwn, un golofn i bob aelod. 3 yw Wedi&apos;i fodloni&apos;n llawn, 2 Wedi&apos;i fodloni gan mwyaf, 1 Wedi&apos;i fodloni&apos;n rhannol a 0 Heb ei fodloni; po wannaf y radd, tywyllaf y gell. DG yw Ddim yn gwybod, Amh. Amherthnasol, – heb ei ateb, ac mae cell wag yn gwestiwn nad yw&apos;n cael ei ofyn i rôl yr aelod hwnnw.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Members %1 to %2</source>
        <translation>Aelodau %1 i %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Questions to ask officers, from every member</source>
        <translation>Cwestiynau i&apos;w gofyn i swyddogion, gan bob aelod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Did not know</source>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No member answered Don&apos;t know: there are no gaps in what members know to put to officers.</source>
        <translation>Nid atebodd unrhyw aelod Ddim yn gwybod: nid oes bylchau yng ngwybodaeth yr aelodau i&apos;w rhoi gerbron swyddogion.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Appendix: the review of %1</source>
        <translation>Atodiad: adolygiad %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>DK</source>
        <translation>DG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>Amh.</translation>
    </message>
</context>
</TS>
