"""Phrase bank for generate_sample.py: original sentences and templates on the
themes inspectors write about in children's-services reports.

Each theme is a block of lines; the first character says what the line is:
  +  a sentence for strong practice (good / outstanding services)
  ~  a sentence for mixed practice (adequate / requires improvement)
  -  a sentence for weak practice (inadequate services)
  >  an improvement point as a noun phrase (ILACS "What needs to improve")
  !  a recommendation as an imperative clause (2012-13, SIF, letters)

Slots in braces are filled by the generator: {la} the authority's short name,
{n} {m} small numbers, {pct} a percentage, {weeks} a number of weeks, {month} a
month name, and term slots such as {MASH}, {CSE}, {LADO}, {IRO}, {RHIs}, which
come out either as the acronym or spelled out, varying within a report.
"""

THEMES = {}

_BANK = r"""
@front_door help
+ Contacts to the {MASH} are screened quickly by experienced staff, and decisions about next steps are recorded with a clear rationale.
+ Co-located partners in the {MASH} share information promptly, so that managers can decide within hours what help a child needs.
+ Parental consent is understood well at the front door, and staff record clearly when and why it has been dispensed with.
+ Referrers receive timely feedback on the outcome of their contact, which strengthens confidence in the {MASH} among schools and health staff.
~ Most contacts to the {MASH} are dealt with in a timely way, although a backlog of police notifications built up during {month} and took several weeks to clear.
~ Information from partner agencies is not always gathered before decisions are made at the front door, so some children are referred on for assessment without a full picture of their circumstances.
~ Decisions in the {MASH} are generally appropriate, but the rationale for them is not always recorded, which makes later scrutiny difficult.
- Too many contacts wait several days in the {MASH} before a manager reviews them, leaving some children at risk without a timely response.
- At the time of the inspection, {n} contacts had not been screened within expected timescales, and inspectors asked the local authority to review them urgently.
- Health and education partners are not consistently represented in the {MASH}, and information sharing is slow and incomplete.
> The timeliness and quality of decision-making at the front door.
> The consistency of information gathering from partner agencies in the {MASH}.
! ensure that all contacts to the {MASH} are screened by a qualified manager within 24 hours and that the rationale for each decision is recorded
! review the membership and operating procedures of the {MASH} so that health and education partners contribute to every decision

@thresholds help
+ Thresholds are well understood by partner agencies and applied consistently, so children receive a service that matches their level of need.
+ The multi-agency threshold document is used confidently by schools, and very few contacts are inappropriate.
~ Thresholds are applied appropriately in most cases, although some partner agencies refer children who would be better served by early help.
~ A revised threshold document was launched in {month}, but its impact on the quality of referrals is not yet evident.
- Thresholds are not consistently understood or applied, with the result that some children at risk of significant harm have been stepped down to early help.
- Inspectors found cases in which the threshold for child protection enquiries was clearly met but no strategy discussion took place.
> The application of thresholds for child protection enquiries.
! ensure that thresholds for intervention are understood and applied consistently by all partner agencies

@strategy help
+ Strategy discussions are held promptly when children are at risk of significant harm, and police attendance at them is consistent.
+ Police, health and education staff routinely attend strategy discussions, which means that decisions draw on a full range of information.
+ Strategy meetings are well attended, and clear actions and timescales are agreed and followed up by managers.
+ Police attendance at strategy discussions is now routine, following a joint protocol agreed in {month} {year}.
~ Strategy discussions are timely, but they are often held between social care and the police alone, without health or education staff.
~ Police attendance at strategy discussions is mostly good, although discussions held out of hours are sometimes conducted by telephone with limited information.
~ The recording of strategy discussions is variable, and the reasons for decisions are not always clear.
- Strategy discussions are not always held when they should be, and when they are, police attendance is inconsistent.
- In too many cases, strategy discussions are delayed or involve only a social worker and a police officer, so risks are not fully understood.
- Inspectors saw section 47 enquiries started without a strategy discussion, and some children were not seen within a reasonable timescale.
- Poor police attendance at strategy discussions means that important information about adults in the household is not always considered.
> The timeliness of strategy discussions and the attendance of partner agencies, including the police.
> Multi-agency attendance at, and recording of, strategy discussions.
! ensure that strategy discussions take place whenever there is reasonable cause to suspect significant harm, with police attendance and contributions from health and education
! work with the police to improve attendance at strategy discussions and the recording of agreed actions

@s47 help
+ Child protection enquiries are thorough and child-focused, and children are seen and spoken to alone where this is appropriate.
+ Social workers complete section 47 enquiries within timescales, and the analysis of risk is clear and proportionate.
~ Most child protection enquiries are timely, but some lack a clear analysis of risk and the outcome is not always recorded.
~ The quality of section 47 enquiries varies between teams, and managers do not always check that children have been seen.
- Some child protection enquiries are not completed for several weeks, and the outcome for the child is unclear.
- Inspectors saw enquiries closed with no further action despite ongoing concerns about neglect and domestic abuse.
> The quality and timeliness of child protection enquiries.
! ensure that all child protection enquiries are completed within timescales, include the child's views and reach a clear conclusion

@conferences help
+ {ICPCs} are held within timescales and are well attended by partners, and parents are helped to understand the concerns.
+ Child protection conference chairs provide strong oversight and challenge when plans are not progressing.
+ Conference chairs meet with parents before meetings, and children are helped to contribute their views through advocates.
~ Most {ICPCs} are timely, but some are delayed because reports from partner agencies are late.
~ Child protection conference chairs are beginning to escalate concerns about drift, but this is not yet consistent.
~ Core groups meet regularly, although the actions they agree are not always specific or time-bound.
- Too many {ICPCs} are held outside of timescales, and conference chairs do not challenge delay.
- Child protection plans are often generic, with actions that do not address the specific risks to the child.
- Some children have remained subject to child protection plans for more than two years without evidence of progress.
> The timeliness of {ICPCs} and the quality of child protection plans.
> The impact of child protection conference chairs in preventing drift in children's plans.
! ensure that child protection conference chairs challenge drift and that plans contain specific and measurable actions

@domestic_abuse help
+ Domestic abuse is recognised quickly, and risk assessments inform safety planning that helps children and the adult victim.
+ The {MARAC} is well established, and children's needs are considered routinely alongside those of the adult victim.
+ A range of programmes for perpetrators and for children affected by domestic abuse is helping families to make lasting change.
~ Police notifications of domestic abuse are screened promptly, but the response to repeat incidents of lower-level risk is inconsistent.
~ Assessments recognise domestic abuse, but they do not always consider the impact of coercive control on the children in the household.
- The response to children living with domestic abuse is weak, and repeat notifications do not always lead to an assessment.
- Safety planning for children living with domestic abuse is often absent or out of date.
> The response to children living with domestic abuse, including repeat notifications.
! ensure that assessments of children living with domestic abuse consider the cumulative impact of repeat incidents

@early_help help
+ A well-established early help offer provides families with timely support, and step-down arrangements from children's social care are effective.
+ Early help assessments are of good quality, and lead professionals in schools and children's centres are well supported.
+ When concerns increase, children are stepped up to statutory services without delay.
~ The early help offer is broad, but the quality of early help assessments is variable and some plans lack measurable outcomes.
~ Step-down arrangements to early help are not always well managed, and some families experience a gap in support.
~ The local authority does not yet know enough about the impact of early help provided by partner agencies.
- Early help services are underdeveloped, and too many families are referred to children's social care when their needs could have been met earlier.
- Some children are stepped down to early help when risks remain unresolved, and they are later referred back with more serious concerns.
> The quality of early help assessments and the management of step-down from children's social care.
! develop the early help offer so that families receive timely support and step-down arrangements are safe

@missing help care
+ {RHIs} are offered promptly when children go missing from home or care, and the information gathered is used to reduce risk.
+ Children who go missing are well known to a specialist team, and {RHIs} are completed by workers whom the children trust.
+ The take-up of {RHIs} has increased to {pct}%, and the learning from them is shared with the police and the exploitation panel.
~ Return home interviews are offered to most children who go missing, but the information from them is not always used to update plans.
~ The proportion of children who accept a return home interview remains low, at {pct}%, and leaders are considering alternative approaches.
~ Children missing from care receive {RHIs}, but those missing from home are not always offered one.
- Too many children who go missing from home or care do not receive a return home interview, so the reasons for their absence are not understood.
- {RHIs} are often late and of poor quality, and they rarely lead to changes in the child's plan.
- Managers do not have reliable information about how many children are missing or whether return home interviews have taken place.
> The timeliness and use of {RHIs} for children who go missing from home or care.
> The response to children who go missing, including the quality of return home interviews.
! ensure that all children who go missing from home or care are offered a timely return home interview and that the information is used to inform their plans

@cse help care
+ The response to children at risk of {CSE} is strong, with a specialist multi-agency team that knows the children well.
+ Risk assessments for children at risk of exploitation are regularly reviewed, and disruption activity with the police is effective.
+ The exploitation panel maps links between children, adults and locations, and this informs targeted disruption work.
~ Children at risk of {CSE} are identified, but risk assessments are not always updated when circumstances change.
~ The local authority has recently extended its exploitation response to include criminal exploitation, but this work is at an early stage.
- The response to children at risk of {CSE} is not effective, and some children at high risk do not have a plan that addresses this.
- Information about perpetrators and locations is not routinely shared between the police and children's social care.
> The response to children at risk of {CSE} and criminal exploitation.
! ensure that all children at risk of sexual or criminal exploitation have an up-to-date risk assessment and a plan that addresses the risks

@assessments help
+ Assessments are timely and analytical, and they include the views of children, parents and professionals.
+ Social workers use chronologies well to understand the impact of history on children's current circumstances.
~ Most assessments are completed within timescales, but the analysis of risk is not always clear.
~ Chronologies are present in most files, but they are often lists of events rather than tools for understanding cumulative harm.
~ Assessments do not consistently consider the needs of fathers or the identity and culture of children.
- Assessments are too often descriptive and do not analyse the impact of parents' difficulties on children.
- Chronologies are absent or out of date in many of the cases seen, so patterns of neglect are not recognised.
> The quality of assessments, including the use of chronologies to understand children's histories.
! ensure that assessments analyse risk and need and that chronologies are maintained and used to inform decisions

@wishes help care
+ Children are seen regularly and alone, and their wishes and feelings are recorded in their own words.
+ Social workers use creative direct work to help children to express their wishes and feelings, and this influences plans.
~ Children are seen, but their wishes and feelings are not always recorded or reflected in their plans.
~ Direct work with children is variable, and some social workers lack the tools or the time to do it well.
- Children's wishes and feelings are rarely recorded, and plans are written in language that children would not understand.
- Some children had not been seen by their social worker for several months.
> The recording and use of children's wishes and feelings in their plans.
! ensure that children are seen regularly and that their wishes and feelings are recorded and inform their plans

@pre_proceedings help
+ The {PLO} is used well, and letters to parents set out the concerns and expectations clearly.
+ Legal planning meetings are timely, and the local authority makes timely applications to court when children need protection.
~ Pre-proceedings work is not always tracked effectively, and some children experience drift before a decision is made.
- Pre-proceedings are not used effectively, and some children remain in neglectful situations for too long.
> The timeliness of pre-proceedings work under the {PLO}.
! ensure that pre-proceedings are tracked so that children do not experience drift and delay

@private_fostering help
+ Children living in private fostering arrangements are identified, assessed and visited within timescales.
+ Awareness raising about private fostering with schools and faith groups has increased the number of notifications.
~ The number of private fostering notifications remains low, and awareness raising with partners has been limited.
- Assessments of private fostering arrangements are late, and some children have not been visited as required.
> The identification and assessment of children living in private fostering arrangements.
! raise awareness of private fostering among partner agencies and ensure that all arrangements are assessed and visited within timescales

@disabled help care
+ Disabled children receive a good service from a specialist team that knows them well and communicates with them effectively.
+ Short breaks are well planned, and transitions to adult services start early.
~ Disabled children are well supported, but their views are not always sought when they use non-verbal communication.
~ Transition planning for disabled young people approaching adulthood starts late in some cases.
- Safeguarding concerns about disabled children are not always recognised, and assessments focus on the family's need for respite rather than on risk.
> The recognition of safeguarding concerns for disabled children.
! ensure that safeguarding concerns for disabled children are recognised and responded to through child protection procedures

@lado help lead
+ The {LADO} responds promptly to allegations against adults who work with children, and partners understand when to make a referral.
+ The {LADO} service is well publicised, and referrals from schools, faith groups and sports clubs have increased.
~ The {LADO} response is appropriate, but the recording of outcomes and the tracking of cases are not always robust.
- Allegations against professionals are not always referred to the {LADO}, and some investigations have taken too long.
> The tracking of allegations managed by the {LADO}.
! ensure that allegations against adults who work with children are referred to the {LADO} and tracked to a timely conclusion

@prevent help
+ Children at risk of radicalisation are identified, and the Prevent and Channel arrangements work well with children's social care.
+ Staff have received training on Prevent, and the response to children at risk of radicalisation is proportionate.
~ The Prevent duty is understood by managers, but some frontline staff are less confident in recognising the risk of radicalisation.
- The response to children at risk of radicalisation is underdeveloped, and referrals through the Prevent pathway are not well coordinated.
> The response to children at risk of radicalisation.
! ensure that staff understand the Prevent duty and that referrals for children at risk of radicalisation are well coordinated

@cme help
+ Children missing education are tracked closely, and the education welfare team works well with social care when there are concerns.
+ The local authority knows which children are electively home educated, and visits are made when there are safeguarding concerns.
~ Children missing education are identified, but information about them is not routinely shared with children's social care.
- The local authority does not have an accurate picture of the number of children missing education.
> The tracking of children missing education and of those who are electively home educated.
! ensure that children missing education are identified and tracked and that information is shared with social care

@homeless help care
+ Homeless 16- and 17-year-olds are assessed jointly by housing and children's social care, and they are told about their right to become looked after.
~ Young people aged 16 and 17 who present as homeless are helped, but they are not always told about their right to be accommodated.
- Some 16- and 17-year-olds who present as homeless are placed in bed and breakfast accommodation without an assessment of their needs.
> The response to homeless 16- and 17-year-olds.
! ensure that homeless 16- and 17-year-olds receive a joint assessment and are advised of their entitlements

@out_of_hours help
+ The {EDT} responds well out of hours, and information is passed to daytime teams promptly.
~ The {EDT} is stretched at busy times, and some children wait until the next working day for a response.
- The response from the {EDT} is not always timely, and handover to day teams is inconsistent.
> The capacity and handover arrangements of the {EDT}.
! review the capacity of the {EDT} so that children receive a timely response out of hours

@signs_of_safety help lead
+ The practice model, based on signs of safety, is well embedded, and families say that they understand what needs to change.
+ Staff at all levels speak confidently about the practice model, and its language is evident in assessments and plans.
~ The signs of safety approach has been introduced, but it is not yet consistently reflected in the quality of plans.
~ The practice model is understood by staff, but training has not reached all partner agencies.
- The local authority's practice model is not understood by staff, and there is no consistent approach to assessing risk.
> The embedding of the practice model in assessments and plans.
! embed the practice model so that it is consistently reflected in assessments, plans and supervision

@placement_stability care
+ Most children live in stable placements that meet their needs, and they are well matched with their carers.
+ Placement stability is good, with only {pct}% of children experiencing three or more moves in the year.
+ Children live with brothers and sisters where this is in their interests, and decisions to separate them are carefully assessed.
~ Most children live in stable homes, but a small number experience too many moves and some live far from their home area.
~ Matching is generally careful, but the sufficiency of local placements for older children with complex needs is limited.
- Too many children experience placement breakdowns, and some are placed in unregistered provision.
- A lack of suitable placements means that some children are placed with carers who cannot meet their needs.
> The sufficiency of placements for children in care, including those with complex needs.
> Placement stability for older children in care.
! improve the sufficiency and stability of placements so that children live in homes that meet their needs

@iro care
+ {IROs} know the children well, meet them before reviews and challenge effectively when plans drift.
+ The {IRO} service has manageable caseloads, and its escalation process is used well to resolve delay.
+ Reviews are held on time, and children are helped to chair or contribute to their own reviews.
~ {IROs} provide oversight of children's plans, but their challenge is not always recorded or effective.
~ High caseloads for some {IROs} limit the time they can spend with children between reviews.
- {IROs} do not provide effective challenge, and drift in children's plans has gone unresolved.
- Reviews are not always held on time, and the recommendations from them are not followed up.
> The effectiveness of {IRO} challenge and oversight.
! ensure that {IROs} have the capacity to oversee children's plans and that their challenge is recorded and followed up

@fostering care
+ Foster carer recruitment is effective, and the number of in-house carers has increased for the third year running.
+ Foster carers are well supported and trained, and they speak highly of their supervising social workers.
~ Foster carer recruitment has not kept pace with demand, and the local authority relies on independent fostering agencies for older children.
~ Support for connected carers is less well developed than that for approved foster carers.
- Recruitment of foster carers has fallen behind demand, and some carers are caring for more children than their approval allows.
- Assessments of connected carers are delayed, and some children live in unapproved placements for too long.
> The recruitment of foster carers and the support for connected carers.
! increase the recruitment of foster carers so that children can live locally in family settings

@adoption care
+ Adoption is considered for all children who cannot return home, and children are matched with their adoptive families without delay.
+ The regional adoption agency is working well, and early permanence placements are increasing.
+ Life-story work is completed to a high standard, and adopters value the support they receive after adoption.
~ Adoption timeliness has improved, but some children wait too long between the placement order and being matched.
~ Life-story work is not always completed in time for children's placements with their adoptive families.
- Children wait too long for adoption, and the family-finding process is slow.
- Adoption support is not well developed, and some families wait many months for an assessment of their needs.
> The timeliness of adoption for children with a plan for adoption.
! reduce delay for children with a plan for adoption and ensure that life-story work is completed in a timely way

@permanence care
+ Permanence is considered at the second review, and parallel planning is used well.
+ Special guardianship arrangements are well assessed and supported.
~ Permanence planning is not always timely, and some children wait too long for decisions about their long-term care.
- Permanence planning is weak, and too many children drift in temporary arrangements.
> The timeliness of permanence planning for children in care.
! ensure that permanence is considered early and that plans are progressed without delay

@care_leavers care leavers
+ Care leavers are supported by {PAs} who know them well and stay in touch with them.
+ Pathway plans are written with young people and are reviewed when their circumstances change.
+ Staying put arrangements are promoted, and {n} young people are living with their former foster carers.
+ Most care leavers are in suitable accommodation and in education, employment or training.
~ Care leavers are kept in touch with, but pathway plans are variable in quality and some are out of date.
~ Staying put is offered, but not all young people and carers understand the arrangements.
~ The proportion of care leavers in education, employment or training is below that of similar areas.
- Too many care leavers are not in touch with their {PA}, and pathway plans do not address their needs.
- Some care leavers live in unsuitable accommodation, and the local offer is not well known to young people.
> The quality of pathway plans for care leavers.
> The support for care leavers to find suitable accommodation and employment.
! ensure that all care leavers have an up-to-date pathway plan and are supported into suitable accommodation, education, employment or training

@education_health care
+ The virtual school tracks children's progress well, and {PEPs} are of good quality.
+ Health assessments are timely, and emotional health needs are addressed through the {CAMHS} looked after children service.
~ {PEPs} are completed for most children, but targets are not always specific.
~ Health assessments are completed, but strengths and difficulties questionnaires are not used to inform plans.
- {PEPs} are of poor quality, and the educational progress of children in care is not tracked.
- Children in care wait too long for help with their emotional health.
> The quality of {PEPs} and the response to children's emotional health needs.
! ensure that {PEPs} set specific targets and that children's emotional health needs are met without delay

@uasc care leavers
+ {UASC} are well supported, and their cultural and religious needs are met.
~ {UASC} are supported, but age assessments are sometimes delayed.
- {UASC} do not always receive an assessment of their needs on arrival.
> The support for {UASC}.
! ensure that {UASC} receive a timely assessment of their needs

@caseloads lead
+ Caseloads are manageable, which allows social workers to spend time with children and build relationships.
+ Social workers say that their caseloads are manageable and that they have time for direct work.
~ Caseloads are reducing, but some social workers still carry more than {m} children.
~ Caseloads are high in the assessment teams, which limits the time that social workers have for direct work.
- Caseloads are too high in several teams, with some social workers responsible for more than {m} children.
- High caseloads and the turnover of staff mean that some children have had many social workers.
- Social workers told inspectors that high caseloads prevented them from completing basic tasks.
> Caseloads, so that social workers have time to work directly with children.
! reduce caseloads so that social workers have time to work directly with children and families

@supervision lead
+ Supervision is regular and reflective, and managers provide clear direction on children's cases.
+ Management oversight is evident on case records, and managers challenge drift.
~ Supervision is regular, but it is not always reflective, and actions are not followed up.
~ Management oversight is present on most files, but it does not always address the quality of work.
- Supervision is irregular, and management oversight is not evident on many case records.
- Managers do not provide effective oversight, and drift in children's plans is not identified.
> The quality and regularity of supervision and management oversight.
! ensure that supervision is regular and reflective and that management oversight is recorded on children's files

@workforce lead
+ The workforce is stable, and the local authority has reduced its reliance on agency staff to {pct}%.
+ Social workers say that they feel supported and valued, and newly qualified staff receive a protected caseload.
+ The academy for newly qualified social workers has helped to build a stable and skilled workforce.
~ The workforce is becoming more stable, but {pct}% of social workers are employed through agencies.
~ Recruitment is improving, but turnover remains high in some teams.
- The workforce is unstable, with a high reliance on agency staff and frequent changes of social worker for children.
- {pct}% of social workers are agency staff, and many children have had several social workers in a year.
> Workforce stability, including the reduction of reliance on agency staff.
! develop a workforce strategy that increases stability and reduces reliance on agency staff

@quality_assurance lead
+ Audits are rigorous and are used to improve practice, and leaders know their strengths and weaknesses.
+ Performance information is accurate and used well by managers at all levels.
~ Audits are completed, but they do not always focus on the impact on children.
~ Performance data are available, but managers do not always use them to drive improvement.
- Quality assurance is ineffective, and leaders did not know the extent of the weaknesses found by inspectors.
- Performance information is unreliable, so leaders do not have an accurate picture of practice.
> The impact of quality assurance on improving practice.
! ensure that quality assurance focuses on the impact of practice on children and that learning is used to improve services

@recording lead
+ The electronic case recording system supports practice, and records are up to date.
~ The electronic case recording system has recently been replaced, and some records are incomplete.
~ Case records are mostly up to date, but key documents are difficult to find.
- The electronic case recording system does not support practice, and key information is hard to locate.
- Case recording is poor, with records out of date and important decisions not recorded.
> The quality of case recording, including the electronic case recording system.
! ensure that case records are up to date and that the electronic case recording system supports practice

@corporate_parenting lead care
+ Corporate parenting is strong, and elected members know children in care well.
+ The {CiCC} is influential, and children's views shape services.
~ The corporate parenting board meets regularly, but its impact on children is not always clear.
~ The {CiCC} is active, but children's views are not always reflected in decisions.
- Corporate parenting is weak, and elected members do not have a clear understanding of children in care.
> The effectiveness of corporate parenting.
! strengthen corporate parenting so that elected members understand and improve the experiences of children in care

@partnership lead
+ The {LSCB} provides strong challenge to partners, and its multi-agency audits have improved practice.
+ Safeguarding partners work well together, and learning from serious case reviews is shared effectively.
~ The {LSCB} has a clear set of priorities, but it does not yet evaluate the impact of its work.
~ Multi-agency training is well attended, but the {LSCB} does not know whether it has changed practice.
- The {LSCB} does not provide effective challenge to partners, and its multi-agency audits have been limited.
- Learning from serious case reviews has not been shared or acted upon.
> The impact of the {LSCB} on multi-agency practice.
! ensure that the {LSCB} evaluates the impact of its work and holds partners to account

@leadership lead
+ The {DCS} and senior leaders have a clear vision, and the political and corporate support for children's services is strong.
+ Leaders have improved services since the last inspection, and they know what needs to improve.
~ Leaders have an accurate understanding of the weaknesses, but the pace of improvement has been slow.
~ The senior leadership team is new, and its plans for improvement have not yet had an impact.
- Leaders have not acted quickly enough to address weaknesses, and services for children have deteriorated.
- Frequent changes of senior leaders have led to a lack of direction and accountability.
> The pace of improvement and leaders' understanding of frontline practice.
! ensure that leaders have an accurate understanding of practice and act quickly to address weaknesses

@send_ehc send
+ Education, health and care plans are completed within statutory timescales in most cases, and they describe children's needs and aspirations well.
+ Annual reviews of education, health and care plans are timely, and plans are updated when needs change.
~ The timeliness of new education, health and care plans has improved, but annual reviews are often late, so some plans are out of date.
~ Advice from health professionals in education, health and care plans is variable in quality.
- Many families wait well beyond the statutory timescale for an education, health and care plan, and some plans do not describe needs accurately.
- The backlog of annual reviews means that many plans no longer reflect children's current needs.
> The timeliness and quality of education, health and care plans and their annual reviews.
! improve the timeliness and quality of education, health and care plans and annual reviews

@send_health send
+ Children and young people receive timely help from therapy services, and waiting times for speech and language therapy are short.
~ Waiting times for neurodevelopmental assessment are long, although families receive some support while they wait.
~ Children wait too long for help from {CAMHS}, although urgent referrals are seen quickly.
- Waiting lists for autism assessment and for {CAMHS} are very long, and families say they feel abandoned while they wait.
> Waiting times for neurodevelopmental assessments and for {CAMHS}.
! reduce waiting times for neurodevelopmental assessments and for mental health support

@send_inclusion send
+ Leaders have a shared strategy for inclusion, and the number of children who are permanently excluded is low.
+ Alternative provision is commissioned carefully, and leaders check the quality and safety of placements.
~ The local offer contains useful information, but many parents do not know about it or find it hard to use.
~ Co-production with parents and carers is developing, and the parent carer forum is increasingly involved in decisions.
- Too many children with SEND are excluded or attend school on reduced timetables, and leaders do not know enough about them.
- Parents describe the system as adversarial, and trust between families and the partnership is low.
> The use of reduced timetables and the oversight of alternative provision.
! ensure that leaders know which children with SEND are on reduced timetables or in alternative provision and check that their needs are met

@send_adulthood send
+ Preparation for adulthood starts early, and young people are helped to plan for employment, independent living and good health.
~ Transition to adult health services is not always well planned, and some young people experience a gap in support.
- Young people with SEND are poorly prepared for adulthood, and few are supported into supported internships or employment.
> Preparation for adulthood, including transition to adult health services.
! strengthen preparation for adulthood so that young people move to adult services without a gap in support
"""

_TONES = {"+": "pos", "~": "mix", "-": "neg", ">": "need", "!": "rec"}


def _parse():
    cur = None
    for raw in _BANK.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = {"name": parts[0], "areas": parts[1:],
                   "pos": [], "mix": [], "neg": [], "need": [], "rec": []}
            THEMES[parts[0]] = cur
            continue
        kind = _TONES[line[0]]
        cur[kind].append(line[2:].strip())


_parse()

# Extra connective sentences used to open or close paragraphs, per tone.
OPENERS = {
    "pos": [
        "Inspectors saw much effective practice in this area.",
        "This is a strength of the service.",
        "Practice in this area has improved since the last inspection.",
        "Children benefit from a consistent approach across teams.",
    ],
    "mix": [
        "Practice in this area is improving but remains inconsistent.",
        "Inspectors saw a mixed picture across the teams visited.",
        "Leaders are aware of this and have plans in place.",
        "This work is at an early stage and its impact is not yet clear.",
    ],
    "neg": [
        "This leaves some children at continued risk of harm.",
        "Leaders were not aware of the extent of these weaknesses.",
        "Inspectors referred a number of cases back to managers for immediate review.",
        "This is a serious weakness that has not been addressed since the last inspection.",
    ],
}

# Term slots: acronym, expansion, plural forms where needed.
TERMS = {
    "MASH": ("MASH", "multi-agency safeguarding hub"),
    "CSE": ("CSE", "child sexual exploitation"),
    "LADO": ("LADO", "local authority designated officer"),
    "IRO": ("IRO", "independent reviewing officer"),
    "IROs": ("IROs", "independent reviewing officers"),
    "RHIs": ("RHIs", "return home interviews"),
    "ICPCs": ("ICPCs", "initial child protection conferences"),
    "PLO": ("PLO", "public law outline"),
    "EDT": ("EDT", "emergency duty team"),
    "PA": ("PA", "personal adviser"),
    "PAs": ("PAs", "personal advisers"),
    "PEPs": ("PEPs", "personal education plans"),
    "CAMHS": ("CAMHS", "child and adolescent mental health services"),
    "UASC": ("UASC", "unaccompanied asylum-seeking children"),
    "LSCB": ("LSCB", "Local Safeguarding Children Board"),
    "DCS": ("DCS", "director of children's services"),
    "CiCC": ("CiCC", "children in care council"),
    "MARAC": ("MARAC", "multi-agency risk assessment conference"),
}

# Sentences about evidence and impact that fit any theme, per tone.
GENERIC = {
    "pos": [
        "In the cases sampled, inspectors saw timely and well-recorded decisions that kept children safe.",
        "Social workers know their children well and speak about them with warmth and insight.",
        "Managers track this work closely, and performance information shows a steady improvement over the last {n} months.",
        "Partners told inspectors that communication with children's social care is open and constructive.",
        "Children and their families told inspectors that they felt listened to and that help made a difference.",
        "Audits completed by managers accurately identify what is working well and what needs to improve.",
        "The work is underpinned by a clear multi-agency protocol that staff understand and use.",
        "Records are up to date, and the reasons for decisions are clearly set out for the child to read later.",
        "This consistent approach means that children receive the right help at the right time.",
        "Staff make good use of interpreters and advocates so that children and parents can take part in decisions.",
        "Learning from complaints and from practice reviews has been used well to strengthen this area of work.",
        "Inspectors saw examples of persistent and creative work with families who find it hard to engage.",
    ],
    "mix": [
        "In a minority of the cases seen by inspectors, the quality of this work was not good enough.",
        "Practice is stronger in some teams than others, and leaders are working to make it consistent.",
        "Managers have identified this area for development, and a new procedure was introduced in {month}.",
        "Performance has improved over the last {n} months, but it remains below that of similar areas.",
        "The recording of this work does not always show the difference it has made for the child.",
        "Partners are engaged, but the contribution of some agencies, particularly health, is variable.",
        "Some children experienced delay before they received help, although their needs were eventually met.",
        "Leaders know that this is an area that requires further work and have commissioned additional training.",
        "The impact of recent changes is not yet evident in the experiences of all children.",
        "Audits are beginning to focus on quality, but they do not yet consistently drive improvement.",
        "Staff turnover in {n} teams has slowed progress in this area.",
        "Inspectors saw both strong and weak practice, often within the same team.",
    ],
    "neg": [
        "In {n} of the cases seen by inspectors, children had been left in situations of unassessed risk.",
        "Managers had not identified these weaknesses, and audits had rated some of the poorest work as good.",
        "Inspectors found cases in which no action had been taken for several weeks after concerns were raised.",
        "Children have experienced frequent changes of social worker, and some could not name their current worker.",
        "Records are incomplete, and key decisions are not recorded, so it is not possible to understand why some children remain at risk.",
        "Partners told inspectors that they had raised concerns about this area but had not seen improvement.",
        "The local authority's own performance data show a decline in this area over the last {n} months.",
        "Some children have waited more than {weeks} weeks for a service that they needed urgently.",
        "This has resulted in drift and delay for children, some of whom have suffered further harm.",
        "Plans are not reviewed when circumstances change, and actions are repeated from one review to the next without progress.",
        "Inspectors asked senior managers to review the cases of {n} children because of concerns about their safety.",
        "The absence of effective management oversight means that poor practice has not been challenged.",
    ],
}
