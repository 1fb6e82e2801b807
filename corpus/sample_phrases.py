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
~ The local authority has recently extended its exploitation response to include criminal exploitation, but this work is [at an early stage|still developing].
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
~ Children are [seen|visited regularly], but their wishes and feelings are not always [recorded|written down] or reflected in their plans.
~ Direct work with children is [variable|inconsistent], and some social workers lack the [tools|resources] or the time to do it well.
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
~ Disabled children are well supported, but their views are not always sought when they [use non-verbal communication|communicate without words].
~ Transition planning for disabled young people approaching adulthood [starts late|begins too late] in [some|a number of] cases.
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
~ [Young people aged 16 and 17|Sixteen- and seventeen-year-olds] who present as homeless are [helped|given support], but they are not always [told about|made aware of] their right to be accommodated.
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
~ [The signs of safety approach|A strengths-based practice model] has been introduced, but it is not yet [consistently|routinely] reflected in the quality of [plans|assessments and plans].
~ The practice model is understood by staff, but training has not [reached|been extended to] all partner agencies.
- The local authority's practice model is not understood by staff, and there is no consistent approach to assessing risk.
> The embedding of the practice model in assessments and plans.
! embed the practice model so that it is consistently reflected in assessments, plans and supervision

@placement_stability care
+ Most children live in stable placements that meet their needs, and they are well matched with their carers.
+ Placement stability is good, with only {pct}% of children experiencing three or more moves in the year.
+ Children live with brothers and sisters where this is in their interests, and decisions to separate them are carefully assessed.
~ Most children live in stable homes, but a small number experience too many moves and some live far from their home area.
~ Matching is generally careful, but [the sufficiency of|the supply of] local placements for [older children|teenagers] with complex needs is limited.
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
~ Supervision is [regular|frequent], but it is not always reflective, and [actions|agreed actions] are not [always|consistently] followed up.
~ Management oversight is [present|recorded] on most files, but it does not always address the quality of [work|practice].
- Supervision is irregular, and management oversight is not evident on many case records.
- Managers do not provide effective oversight, and drift in children's plans is not identified.
> The quality and regularity of supervision and management oversight.
! ensure that supervision is regular and reflective and that management oversight is recorded on children's files

@workforce lead
+ The workforce is stable, and the local authority has reduced its reliance on agency staff to {agencypct}%.
+ Social workers say that they feel supported and valued, and newly qualified staff receive a protected caseload.
+ The academy for newly qualified social workers has helped to build a stable and skilled workforce.
~ The workforce is becoming more stable, but {agencypct}% of social workers are employed through agencies.
~ Recruitment is improving, but turnover remains high in [some|a few|the frontline] teams.
- The workforce is unstable, with a high reliance on agency staff and frequent changes of social worker for children.
- Around {agencypct}% of social workers are agency staff, and many children have had several social workers in a year.
> Workforce stability, including the reduction of reliance on agency staff.
! develop a workforce strategy that increases stability and reduces reliance on agency staff

@quality_assurance lead
+ Audits are rigorous and are used to improve practice, and leaders know their strengths and weaknesses.
+ Performance information is accurate and used well by managers at all levels.
~ [Audits|Case audits] are [completed|carried out] [regularly|as planned], but they do not always focus on the [impact on children|difference made for children].
~ Performance [data are|information is] [available|readily available], but [managers|front-line managers] do not always use [it|this] to [drive improvement|understand practice].
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
~ The corporate parenting [board|committee] [meets regularly|is well established], but its impact on children is not always [clear|evident].
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
~ Leaders have an [accurate|honest] understanding of the weaknesses, but the pace of improvement has been [slow|too slow].
~ The senior leadership team [is new|has changed recently], and its plans for improvement have not yet [had an impact|made a difference] [on practice|for children].
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


def _parse(bank):
    cur = None
    for raw in bank.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = {"name": parts[0], "areas": parts[1:],
                   "pos": [], "mix": [], "neg": [], "need": [], "rec": []}
            cur = THEMES.setdefault(parts[0], cur)
            for a in parts[1:]:
                if a not in cur["areas"]:
                    cur["areas"].append(a)
            continue
        kind = _TONES[line[0]]
        cur[kind].append(line[2:].strip())


_parse(_BANK)

# Extra connective sentences used to open or close paragraphs, per tone.
OPENERS = {
    "pos": [
        "Inspectors saw [much|a great deal of] effective practice in this area.",
        "This is a strength of the service.",
        "Practice in this area has improved [since the last inspection|over the last year].",
        "Children benefit from a consistent approach across teams.",
    ],
    "mix": [
        "Practice in this area is improving but remains inconsistent.",
        "Inspectors saw a mixed picture across the [teams visited|service].",
        "Leaders are aware of this and have plans in place.",
        "This work is at an early stage and its impact is not yet [clear|known|measurable].",
    ],
    "neg": [
        "This leaves some children at continued risk of harm.",
        "Leaders were not aware of the extent of these weaknesses.",
        "Inspectors referred [a number of|{n}] cases back to managers for [immediate|urgent] review.",
        "This is a serious weakness that has not been addressed [since the last inspection|despite earlier warnings].",
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

# Sentences about evidence and impact that fit any theme, per tone; [a|b] alternatives
# are resolved by the generator.
GENERIC = {
    "pos": [
        "In the [cases sampled|cases that inspectors examined|records reviewed], inspectors saw [timely|prompt] and [well-recorded|clearly recorded] decisions that [kept children safe|protected children].",
        "Social workers know their children well and [speak about them|talk about them] with [warmth and insight|real warmth|evident care].",
        "[Managers|Senior managers|Leaders] track this work [closely|carefully], and performance information shows a [steady|sustained|consistent] improvement over the last {n} months.",
        "Partners told inspectors that [communication with|their relationship with|joint working with] children's social care is [open and constructive|positive and responsive|strong].",
        "[Children and their families|Parents and carers|Several families] told inspectors that they felt listened to and that [help|the support they received] made a [difference|real difference].",
        "[Audits completed by managers|Managers' audits|Practice audits] [accurately identify|correctly identify|give an accurate view of] what is working well and what needs to improve.",
        "The work is underpinned by a clear [multi-agency|partnership] [protocol|procedure] that staff understand and use.",
        "Records are up to date, and the reasons for decisions are [clearly set out|written] [for the child to read later|in language that children can understand].",
        "This [consistent|well-coordinated] approach means that children receive the right help at the right time.",
        "Staff make good use of interpreters and advocates so that children and parents can take part in decisions.",
        "Learning from complaints and from [practice reviews|case reviews|audits] has been used well to strengthen this area of work.",
        "Inspectors saw examples of [persistent|tenacious] and creative work with families who find it hard to engage.",
        "[This is an area of strength|This is a strength of practice|Practice here is strong], and leaders have [built on|sustained] it since the last inspection.",
        "[Workers|Social workers] [are confident|speak confidently] about [their role|what is expected of them], and [their managers|managers] are [accessible|visible and accessible].",
        "[Multi-agency|Joint] training [has helped|has enabled] [partners|staff across agencies] to [develop|share] a common understanding of risk.",
        "Decisions are [proportionate|well judged], and families are [helped|supported] to understand why [professionals|agencies] are [involved|worried].",
    ],
    "mix": [
        "In a minority of the cases [seen by inspectors|inspectors looked at|sampled], the quality of this work was not [good enough|consistently good].",
        "Practice is stronger in some teams than others, and leaders are working to make it [consistent|more consistent].",
        "Managers have identified this area for development, and a new [procedure|practice standard|protocol] was introduced in {month}.",
        "Performance has improved over the last {n} months, but it remains below that of [similar areas|statistical neighbours|comparable authorities].",
        "The recording of this work does not always show the difference it has made [for the child|to children's lives].",
        "Partners are engaged, but the contribution of some agencies, particularly [health|schools|the police], is variable.",
        "Some children experienced delay before they received help, although their needs were [eventually|subsequently] met.",
        "Leaders know that this is an area that requires further work and have commissioned [additional training|a review|external support].",
        "The impact of recent changes is not yet evident in the experiences of [all children|every child|some children].",
        "[Audits|Managers' audits] are beginning to focus on quality, but they do not yet [consistently drive|reliably lead to] improvement.",
        "Staff turnover in {n} teams has slowed progress in this area.",
        "Inspectors saw both strong and weak practice, [often within the same team|sometimes on the same day|across the service].",
        "[This work|Practice in this area] is [improving|getting better], but [it is not yet|it is still not] [consistently good|good enough for all children].",
        "[Plans|Written plans] are [in place|up to date] for most children, though [some|a few] [lack|do not have] [clear timescales|measurable actions].",
        "[A recent|The latest] [audit|review] found [similar|the same] [weaknesses|gaps], and [an action plan|a plan to address them] is [in place|being implemented].",
        "[Managers|Team managers] [have begun to|are starting to] [address|tackle] this, but [progress|improvement] [is slow|has been slow].",
    ],
    "neg": [
        "In {n} of the cases seen by inspectors, children had been left in situations of [unassessed|unmanaged] risk.",
        "Managers had not identified these weaknesses, and audits had rated some of the [poorest|weakest] work as good.",
        "Inspectors found cases in which no action had been taken for [several weeks|a number of weeks|over a month] after concerns were raised.",
        "Children have experienced [frequent|repeated] changes of social worker, and some could not [name|tell inspectors the name of] their current worker.",
        "Records are incomplete, and key decisions are not recorded, so it is not possible to understand why some children remain at risk.",
        "Partners told inspectors that they had raised concerns about this [area|work] [but|and] had not seen [improvement|any change].",
        "The local authority's own performance data show a decline in this area over the last {n} months.",
        "Some children have waited more than {weeks} weeks for a service that they needed urgently.",
        "This has resulted in drift and delay for children, some of whom have [suffered further harm|experienced further harm|been left at risk].",
        "Plans are not reviewed when circumstances change, and actions are repeated from one review to the next without progress.",
        "Inspectors asked senior managers to review the cases of {n} children because of concerns about their safety.",
        "The absence of effective management oversight means that poor practice has not been challenged.",
        "[Weaknesses|Shortfalls] [identified|reported] at the last inspection [have not been addressed|remain], and [some|in some respects] practice has [deteriorated|got worse].",
        "[Leaders|Senior leaders] [were not aware of|did not know about] [these shortfalls|the scale of these problems] until [inspectors raised them|the inspection].",
        "[Risk|The risk to children] is [not always recognised|frequently underestimated], and [some|several] children [remain|have remained] in [harmful|unsafe] situations for too long.",
        "[Staff|Social workers] told inspectors that they [feel|felt] [overwhelmed|unsupported], and [this is reflected in|this can be seen in] the quality of their [work|records].",
    ],
}


# Second bank: more sentences, many with [a|b|c] alternatives that the generator
# resolves at random, so that the same idea is worded differently across reports.
# Slots with one value per document: {agencypct}, {caseload}, {goodcaseload},
# {rhipct}, {rhilow}, {stayput}, {ipct}, {lowpct}.
_BANK2 = r"""
@strategy help
+ When risk escalates, [strategy discussions|strategy meetings] are [convened|arranged] [quickly|without delay], and the police [attend almost all of them|take part in nearly every one].
+ A police officer [joins|is present at] every strategy discussion held in the {MASH}, and health colleagues contribute [in person or by telephone|through a dedicated safeguarding nurse].
+ Strategy discussions [consider|weigh up] the full history of the family, and the actions agreed are [specific|precise], [timed|time-limited] and [followed through|carried out].
+ The [minutes|records] of strategy discussions show [thoughtful|careful] sharing of information between the police, health and social care, and [a clear rationale for|well-reasoned] decisions about whether to start child protection enquiries.
+ [Out-of-hours|Evening and weekend] strategy discussions are held promptly, and the police [attend|are represented] even when the discussion has to take place by telephone.
+ Police [attendance at|participation in] strategy discussions has improved [markedly|significantly] since a [joint|multi-agency] audit in {month} {year}, and [it is now routine|officers now attend consistently].
+ Strategy discussions for children at risk of exploitation include [the exploitation lead|specialist exploitation workers] and the police, so that [disruption activity|safety planning] starts straight away.
~ Police attend most strategy discussions, but [health|education] colleagues are [rarely|not routinely] invited, so [important|relevant] information is [sometimes|occasionally] missed.
~ Strategy discussions are [usually|generally] timely, although [in a small number of cases|for a few children] they were [delayed|held late] because police [officers were not available|could not attend].
~ [The quality of|Recording of] strategy discussions [varies|is inconsistent]; some [minutes|records] do not explain why a decision was reached or who is responsible for [each action|the agreed actions].
~ Strategy discussions [take place|are held] when they should, but [some|a few] are [conducted|completed] by telephone between a manager and a police officer [only|alone], [which limits|limiting] the information [available|considered].
~ Although police attendance at strategy meetings [has improved|is better than it was], [the police|officers] do not always [bring|share] [information about previous incidents|intelligence about adults in the household].
- [Too often|In too many cases], strategy discussions are [not convened|not held] when children [may be|are likely to be] at risk of significant harm, and [decisions|plans] are made by social workers [alone|without partner agencies].
- Police [attendance at|involvement in] strategy discussions is [poor|weak], and [several|a number of] children's cases [were|have been] progressed without [any|the] police information [that was needed|needed] to understand the risks.
- [Inspectors saw|Inspectors found] strategy discussions that [were held days after|took place well after] [a disclosure|an allegation] of abuse, leaving children [unprotected|without a plan to keep them safe] in the meantime.
- The [outcomes|decisions] of strategy discussions are not [recorded|written up] [consistently|reliably], so [it is unclear|no one can tell] whether the [agreed|planned] actions were ever [completed|carried out].
> [Police attendance at|The involvement of police in] strategy discussions and the recording of [agreed actions|decisions].
> The [timeliness|promptness] and [multi-agency|partnership] [attendance|membership] of strategy [discussions|meetings].
! agree with the police [a protocol|an escalation route] that [secures|ensures] their attendance at every strategy discussion, [including|including those held] out of hours
! ensure that [the records of|minutes of] strategy discussions set out the information shared, the decision reached and who will do what by when

@missing help care
+ Return home interviews are offered [promptly|within 72 hours] to [almost all|nearly all] children who go missing, and [about|around] {rhipct}% of children [take them up|accept one].
+ [Return home interview workers|Independent workers who carry out {RHIs}] [build trusting relationships with|get to know] children, who [are more willing|become more willing] to talk about [where they go|what happens when they are missing].
+ [Information|Intelligence] from return home interviews is [collated|brought together] and shared with the police, [helping to|so that partners can] [identify|map] [locations|places] and adults [of concern|who pose a risk].
+ Children who go missing from care are [the subject of|discussed at] regular [multi-agency|partnership] meetings, and [plans|safety plans] are updated [after each episode|following each missing episode].
+ [Managers|Team managers] [scrutinise|oversee] every missing episode, and [repeat|frequent] missing episodes [trigger|lead to] a [strategy discussion|strategy meeting].
~ Return home interviews are [offered|made available] to every child, but [only around|just] {rhilow}% are completed, and [too few|not enough] of them [are done|take place] within 72 hours.
~ [The quality of|The content of] return home interviews [varies|is variable]; [some|a number] [record|capture] little more than where the child was, and the learning is not [always|consistently] used to update [plans|risk assessments].
~ Children who go missing [are generally|are usually] [well supported|responded to appropriately], but [return home interviews|RHIs] for children placed [out of area|outside the authority] are [less reliable|not always completed].
~ The [missing coordinator|missing children's team] [has a good overview of|tracks] [individual children|missing episodes], although the [analysis|use] of [patterns|trends] across the area is [underdeveloped|limited].
- [Many|Too many] children who go missing [are not offered|do not receive] a return home interview, and [when|where] they are offered, they are [often late|frequently delayed].
- [Managers|Leaders] do not [know|understand] [how often|how many times] children go missing from care, because [missing episodes|absences] are not [accurately recorded|recorded consistently].
- Return home interviews [are not used|are rarely used] to [understand|explore] why children go missing, and [risks|dangers] such as exploitation [go unrecognised|are not identified].
- [Children|Some children] who [repeatedly|frequently] go missing [have no|do not have a] [current|up-to-date] risk assessment, and [no strategy discussion|no strategy meeting] has been held.
> The [timeliness|quality] of return home interviews and the use of [their findings|what children say] in [planning|risk assessment].
> [The response to|Oversight of] children who go missing from home and care, including [return home interviews|{RHIs}].
! ensure that every child who goes missing is offered a timely return home interview and that [the information|what the child says] is used to [reduce risk|update plans]
! improve the [recording|collation] and analysis of [missing episodes|information about children missing from home and care] so that [leaders|managers] understand [patterns|trends] and [risks|hotspots]

@caseloads lead
+ Caseloads are [manageable|reasonable], [averaging|at an average of] {goodcaseload} children per social worker, which [allows|gives] staff [time|the time] to [build relationships with children|get to know children well].
+ Social workers told inspectors that their caseloads [allow them|enable them] to [do meaningful direct work|spend time with children], and [managers|leaders] [monitor|keep a close eye on] [workloads|caseloads] [weekly|each month].
+ [Leaders|Senior managers] have [invested in|funded] additional [social work posts|teams], and caseloads have [fallen|reduced] [steadily|considerably] over the last {n} months.
+ [Newly qualified social workers|Social workers in their first year] have [protected|reduced] caseloads and [regular|weekly] supervision, [which helps them to develop|helping them to build] [confidence|their skills].
~ Caseloads are [manageable|reasonable] in most teams, but [in the|within the] [assessment|safeguarding] teams [some|a number of] social workers [hold|carry] {caseload} or more children.
~ [Average caseloads|Caseloads on average] have [reduced|fallen], but [pressures|high workloads] [remain|persist] in [some|particular] teams, [where|and there] staff said that they [struggle|find it hard] to [keep records up to date|complete visits on time].
~ A [caseload|workload] [management tool|weighting tool] has been introduced, although [it is not yet|it is too early for it to be] [used consistently|making a difference] [across teams|in all teams].
- Caseloads are [too high|unmanageable] [in many teams|for many social workers], with some [workers|staff] [holding|responsible for] [over|more than] {caseload} children.
- [High caseloads|Heavy workloads] mean that [visits|statutory visits] are [missed|late] and [direct work|meaningful work] with children [is limited|rarely happens].
- Social workers told inspectors that [their caseloads|the volume of work] [prevent them from|stops them] [spending time|working directly] with children, and [several|some] were [considering leaving|planning to leave].
> [Caseloads|Social workers' caseloads], [so that|to ensure that] [staff|workers] have [time|capacity] for [direct work|meaningful work] with children.
! reduce caseloads in the [safeguarding|assessment] teams [so that|to ensure that] social workers can visit children [regularly|as often as their plans require]

@care_leavers care leavers
+ Staying put is [actively|well] promoted, and {stayput} young people [currently|presently] live with their former foster carers [under staying put arrangements|beyond their 18th birthday].
+ Care leavers [speak highly of|value] their personal advisers, who [keep in touch|stay in contact] [regularly|often] and [help them with|support them through] [money, housing and education|the practical and emotional challenges of independence].
+ [Pathway plans|Care leavers' plans] are [written with|developed with] young people, [reflect|capture] their [aspirations|goals] and are [reviewed|updated] when [things change|their circumstances change].
+ [Most|The large majority of] care leavers live in [suitable|safe and suitable] accommodation, and [none|no young people] are placed in bed and breakfast.
+ [A generous|An ambitious] local offer [includes|provides] council tax exemption, [free|subsidised] travel and [apprenticeships|work placements] within the council.
+ Care leavers [with|who have] [mental health needs|emotional health needs] [get|receive] [timely|prompt] support from a [dedicated|specialist] worker, and [this continues|help continues] beyond the age of 21 [when needed|where needed].
~ Staying put is [offered|available], but [some|a few] young people [move on|leave] [at 18|before they are ready] because [of the financial impact on carers|carers are not clear about the allowances].
~ Most care leavers are in touch with their personal adviser, although [contact|the frequency of contact] [with older care leavers|with those over 21] [is less consistent|is variable].
~ [Pathway plans|Plans for care leavers] are [up to date|completed on time], but [many|some] are [generic|too general] and [do not address|fail to address] [health|emotional well-being] [in enough detail|sufficiently].
~ [The proportion of|The number of] care leavers in education, employment or training [is improving|has risen], but [it remains|is still] below [the national average|that of similar areas].
~ Care leavers [do not always|are not always helped to] [receive|get] [copies of|access to] their health histories, [and|so] [some|a few] [do not know|are unaware of] important [medical|health] information.
- [Too many|A significant number of] care leavers [live in|are placed in] unsuitable accommodation, [including|and some live in] bed and breakfast, [without|and lack] a plan to move [on|them on].
- Staying put is not [promoted|discussed] [with young people|during planning], and [only|just] {lowpct} young people [live with|remain with] their former carers.
- Personal advisers [have|hold] [high caseloads|too many young people], and [several|some] care leavers told inspectors that they [do not know|could not name] [their worker|their adviser].
> [The promotion of|Access to] staying put [arrangements|options] and [suitable|stable] accommodation for care leavers.
> The quality of pathway plans and [contact|the regularity of contact] with personal advisers.
! ensure that staying put is [discussed|considered] with every young person in foster care [well before|ahead of] their 18th birthday
! ensure that [pathway plans|plans for care leavers] are [specific|individual] and address [health, accommodation and education|emotional well-being and accommodation]

@front_door help
+ The front door [operates|works] [efficiently|effectively]; contacts are [screened|triaged] [within hours|the same day] and [parental consent is|consent is] [appropriately|properly] [sought|considered].
+ [Experienced|Skilled] [social workers|practitioners] [at the front door|in the {MASH}] [make|take] [clear|well-reasoned] decisions, [informed by|drawing on] [checks with|information from] [partner agencies|the police, schools and health].
+ [Domestic abuse notifications|Police notifications] are [reviewed|triaged] [daily|every morning] [at a multi-agency meeting|by police, health and social care together], so [risks|concerns] are [identified|acted on] quickly.
~ [Decisions at the front door|Front door decisions] are [mostly|generally] [appropriate|right for children], but [the recording of|the written record of] [consent|the reasons for decisions] is [inconsistent|variable].
~ [Some|A small number of] [contacts|referrals] [are passed|are sent] to [assessment teams|the assessment service] without [enough|sufficient] [information|checks], [which means|so] [initial visits|first visits] are [delayed|slower].
- Decision-making at the front door is [not timely|slow], and [several|a number of] children [waited|were left] [days|for too long] before [anyone|a manager] [considered|reviewed] the risks [to them|they faced].
> [The timeliness of|Management oversight of] decisions at the front door, including [the recording of consent|consent and its recording].
! ensure that [managers|qualified managers] [review|oversee] every contact at the front door [promptly|within one working day]

@conferences help
+ Child protection conference chairs [know their cases well|have a good understanding of children's circumstances] and [use their independence|challenge drift] [effectively|confidently].
+ [Initial child protection conferences|{ICPCs}] [take place|are held] [within 15 working days|on time] for [almost all|nearly all] children, and [partner attendance is good|partners' reports are shared in advance].
+ Conferences [use|follow] a [strengths-based|solution-focused] model which, [parents|families] told inspectors, [helps them understand|makes clear] what needs to change.
~ [Conference chairs|Child protection chairs] [raise concerns when plans drift|escalate drift], but [this does not always|it does not consistently] [lead to|result in] [change|timely action].
~ Child protection plans [are reviewed|are reviewed regularly] [by core groups|in core group meetings], but [some|too many] plans [are not specific|lack measurable outcomes].
- [Child protection conferences|Conferences] [are often|are frequently] [delayed|rearranged], and [key agencies|partners] [do not attend|are absent] or [send|provide] reports [late|on the day].
- [Children remain|Some children have remained] on child protection plans for [long periods|over two years] [without|with little] [evidence of|sign of] change, and conference chairs have not [challenged|escalated] this.
> The [effectiveness|impact] of child protection conference chairs in [challenging drift|preventing drift].
! ensure that child protection conference chairs [challenge|escalate] drift and that [plans|child protection plans] [contain|have] [specific|measurable] actions

@iro care
+ Independent reviewing officers [visit|see] children [before|ahead of] their reviews and [their footprint on files|their oversight] is [clear|evident].
+ {IROs} [have|hold] [manageable|reasonable] caseloads, [which allows them|enabling them] to [know children well|build relationships with children] and [challenge|escalate] [drift|delay] [effectively|where needed].
~ [The IRO footprint|The oversight of IROs] [is visible|can be seen] on most files, but [escalations|challenges] [are not always|are not consistently] [recorded|followed up] [to resolution|to a conclusion].
~ [IROs|Independent reviewing officers] [have high caseloads|carry high caseloads], [and|so] [some|a few] children's reviews [are late|are delayed] or [held without|take place without] [the child|the child's views].
- {IROs} [rarely|seldom] [challenge|escalate] [poor practice|drift], and [some|several] children's plans [have not progressed|have stalled] [for months|for many months] without [comment|challenge].
> The [effectiveness|consistency] of [IRO|independent reviewing officer] [challenge|oversight] of children's plans.
! ensure that {IROs} [challenge|escalate] [drift and delay|delay] [effectively|promptly] and that their [oversight|challenge] is [recorded|visible] on children's records

@supervision lead
+ [Supervision|Case supervision] is [regular|frequent] and [reflective|thoughtful], and [social workers|practitioners] [value|appreciate] [the support|the guidance] they [receive|get] from their managers.
+ [Managers|Team managers] [record|set out] [clear|specific] [actions|next steps] in supervision, and [these|they] are [reviewed|followed up] at the next [session|meeting].
~ Supervision [takes place|happens] [regularly|as expected], but [records|notes] [are often brief|tend to be brief] and [do not show|rarely show] [reflection|analysis] or [clear actions|timescales].
~ Management oversight [is evident|can be seen] on [most|many] files, although it has not always [prevented|stopped] drift [for children|in children's plans].
- [Supervision|Case supervision] [is infrequent|does not happen regularly], and [managers|team managers] [do not|fail to] [challenge|address] [poor practice|weak practice] or [drift|delay].
- [Management oversight|Oversight by managers] is [weak|limited], and [decisions|key decisions] are [not recorded|not always recorded], [so the rationale for them is lost|so the reasons for them cannot be understood].
> The [quality and regularity|frequency and quality] of supervision and management oversight.
! ensure that supervision is [regular|frequent] and [reflective|analytical], with [actions|next steps] [recorded|set out] and [reviewed|followed up]

@workforce lead
+ [A stable|A settled] workforce [means|has meant] that [most|the majority of] children [have|keep] the same social worker [for long periods|over time], [which helps them|helping them] to [build trust|form trusting relationships].
+ [The social work academy|An in-house academy] [supports|helps] newly qualified social workers, and [retention|staff retention] has [improved|risen] [significantly|markedly].
~ [Recruitment|Recruiting permanent staff] [remains|continues to be] [a challenge|difficult], and [around|about] {agencypct}% of [posts|social work posts] [are filled by|rely on] agency staff.
~ [The turnover of|Changes of] [managers|team managers] [has affected|has disrupted] [the consistency of|consistency in] [practice|oversight] in [some|a small number of] teams.
- [Heavy reliance on|Dependence on] agency [staff|social workers], with [frequent|repeated] changes of worker, means that [some|many] children [have had|experienced] [four or more|several] social workers in [a year|the last year].
> [Workforce stability|The stability of the workforce] and the [recruitment and retention|retention] of [experienced|permanent] social workers.
! develop a [workforce strategy|recruitment and retention strategy] that [reduces|lowers] [reliance on agency staff|the use of agency workers]

@domestic_abuse help
+ [Independent domestic violence advisers|Specialist domestic abuse workers] [work alongside|are co-located with] social workers, [which|and this] [strengthens|improves] [safety planning|risk assessment] for [victims and children|adult victims and their children].
+ The {MARAC} is [well attended|effective], and [information from it is|actions agreed there are] shared promptly with social workers.
~ The response to domestic abuse is [generally|mostly] [appropriate|timely], but [work with perpetrators|interventions for perpetrators] [is limited|are limited] [and waiting lists are long|and have waiting lists].
~ [Assessments|Social workers' assessments] [identify|recognise] domestic abuse, but [do not always|they do not consistently] [explore|consider] [its impact on children|the impact of coercive control on children].
- Children [living with|exposed to] domestic abuse [are not|are not always] [protected|safeguarded], because [repeat incidents|repeated police notifications] are [not recognised|treated in isolation].
> The [response to|assessment of] domestic abuse, including [coercive control|the impact on children].
! ensure that assessments [analyse|consider] the impact of domestic abuse [on children|and coercive control on children] and that plans [address it|include safety planning]

@early_help help
+ [A well-established|A wide-ranging] early help [offer|service] [means|ensures] that families [receive|get] [support|help] [at the earliest opportunity|early], [and|so] fewer [children|families] need statutory [services|intervention].
+ [Step-down|Step down] [from children's social care|to early help] is [well managed|carefully planned], with [joint visits|a handover visit] so that families [experience|have] [continuity|a smooth transition].
~ Early help [assessments|plans] vary in quality, and [some|a few] [lack|do not contain] [clear|measurable] [outcomes|goals].
~ [Step-down|Step down] to early help is [generally|mostly] appropriate, although [some|a small number of] families [were stepped down|moved to early help] [before risks had reduced|while concerns remained].
- [Children|Some children] [stepped down|transferred] to early help [return|come back] to [children's social care|statutory services] [quickly|within weeks], [because|as] [risks were not reduced|their needs had not been met].
> The [quality|consistency] of early help [assessments and plans|plans] and [step-down|step down] [arrangements|decisions].
! ensure that [step-down|step down] to early help is [based on|informed by] [a reduction in risk|reduced risk] and that [families|children] [receive|get] a [timely|prompt] [service|offer]

@cse help care
+ [The response to|Work with] children at risk of [child sexual exploitation|{CSE}] is [strong|effective], [with|and there is] [good|close] [information sharing|joint work] [with the police|between police, health and social care].
+ [A specialist exploitation team|The exploitation hub] [provides|offers] [intensive|focused] support to [children|young people] [at risk|at high risk], and [the police|partners] [use disruption tactics|disrupt perpetrators] [well|effectively].
~ [Risk assessments|Screening tools] for {CSE} are [completed|used], but [they|these] [are not always|are not consistently] [updated|reviewed] when [risks|circumstances] change.
- Children at risk of [sexual|child sexual] exploitation [are not|are not always] [recognised|identified], and [risk|the risk] is [minimised|understated] [in assessments|by practitioners].
> The [identification of|response to] children at risk of exploitation, including {CSE}.
! ensure that children at risk of [exploitation|sexual exploitation] have [an up-to-date|a current] risk assessment and [a plan|a safety plan] [that is reviewed|reviewed] [regularly|as risks change]

@lado help lead
+ [The {LADO}|The designated officer] [responds|acts] [quickly|promptly] to allegations about [adults who work with children|professionals], and [records|records of these] are [thorough|clear].
~ [Referrals|Allegations] to the {LADO} are [mostly|generally] [timely|responded to promptly], although [some|a few] [cases|investigations] [take|have taken] [too long|months] to [conclude|close].
- [The {LADO}|Allegations management] [service|function] is [under-resourced|not well resourced], and [several|some] [allegations|referrals] [were not progressed|had not been followed up] [promptly|in a timely way].
! ensure that [allegations against professionals|allegations about staff] are [managed|concluded] [promptly|in a timely way] by the {LADO}

@private_fostering help
+ [Private fostering arrangements|Children in private fostering arrangements] are [assessed|visited] [within timescales|promptly], and [awareness-raising|publicity] [with schools|in schools and faith settings] has [increased|raised] [notifications|referrals].
~ [Awareness of private fostering|Private fostering awareness] [is low|remains low] [among partners|in some agencies], [and|so] [few|only a small number of] [arrangements|notifications] [are identified|are received].
- Private fostering [arrangements|assessments] [are not|are not always] [assessed|completed] [on time|within timescales], and [some|several] children [were not visited|had not been visited].

@disabled help care
+ Disabled children [receive|benefit from] [a responsive|a well-coordinated] service from [a specialist team|the disabled children's team], [whose social workers|and social workers] [use|are skilled in using] [a range of|different] communication methods.
~ [Safeguarding concerns|Concerns] for disabled children are [usually|generally] [recognised|identified], but [assessments|plans] [do not always|do not consistently] [capture|reflect] [the child's views|how the child communicates].
- [Thresholds|Decisions] for disabled children [are not|are not always] [applied|made] [appropriately|consistently], and [some|a few] [children|young people] [at risk|who needed protection] [received|were offered] only [short breaks|family support].

@prevent help
+ [Referrals|Concerns] about radicalisation [are|get] [managed|handled] [well|effectively] through [the Prevent duty|Prevent and Channel], and [staff|social workers] [are trained|have had training] [in|on] [extremism|recognising radicalisation].
~ [Staff|Social workers] [understand|are aware of] the Prevent duty, but links with the Channel panel [are not yet strong|are underdeveloped].

@cme help
+ [The children missing education team|The education welfare service] [tracks|monitors] children missing education [closely|rigorously], [and|so that] [few|very few] children [are|remain] [out of school|missing] for long.
~ [The tracking of children missing education|The monitoring of children missing education] is [thorough|regular], [but|although] [information sharing|communication] [with|between] [social care|social workers] [and|and the] [education|education welfare] [team|service] [is|remains] [inconsistent|variable].
- [Leaders|Managers] do not [know how many children are|have an accurate picture of how many children are] missing education or [electively home educated|educated at home], [and|so] [risks|vulnerabilities] [are not|may not be] [identified|recognised].

@recording lead
+ [Case records|Children's records] are [up to date|well maintained], [and|so] [anyone|a new worker] [reading|picking up] the file [can understand|would understand] [the child's story|the child's history].
~ [The electronic recording system|The case management system] [was replaced|was upgraded] in {month} {year}, and [some|a few] [documents|records] [were not migrated|have not transferred] [correctly|fully].
- [The electronic case recording system|The recording system] [is|remains] [cumbersome|difficult to use], and [social workers|staff] [spend|lose] [too much time|a great deal of time] [on|in] [data entry|duplicating records].

@corporate_parenting lead care
+ [Elected members|Councillors] take their corporate parenting [role|responsibilities] [seriously|very seriously], and the [corporate parenting board|corporate parenting panel] [hears directly from|listens regularly to] [children in care|young people].
~ The corporate parenting [board|panel] [meets|is held] [regularly|quarterly], [but|although] [its impact on|the difference it makes to] [children's lives|children's experiences] [is not yet clear|is not easy to see].
- [Corporate parenting|The corporate parenting board] [lacks|has little] [focus|grip], and [members|elected members] [do not|do not yet] [receive|get] [the information they need|enough information] to [challenge|hold officers to account].

@partnership lead
+ The {LSCB} [provides|offers] [strong|effective] [challenge|scrutiny] to [partner agencies|partners], and [its|the] [multi-agency audits|case audits] [have led to|led to] [measurable|real] improvements.
+ Learning from [serious case reviews|practice reviews] [is disseminated|is shared] [widely|well] [through|via] [briefings|seven-minute briefings] and [training|multi-agency training].
~ The {LSCB} [has|maintains] [a broad|an appropriate] [training programme|range of training], [but|although] [it|the board] [does not|does not yet] [evaluate|measure] [its impact|the impact of training].
- The {LSCB} has not [effectively|sufficiently] [monitored|challenged] [the quality of|the effectiveness of] [frontline|multi-agency] practice, and [its|the board's] [annual report|business plan] [lacks|does not include] [analysis|an evaluation of impact].

@signs_of_safety help lead
+ [Signs of Safety|The Signs of Safety model] is [well embedded|used consistently], and [families|parents] [understand|can explain] [the worries|what the worries are] and what needs to [change|happen].
~ [Signs of Safety|The practice model] [is understood|is known] by staff, but [its use|its application] in [plans|written plans] [is variable|varies].

@wishes help care
+ [Children's wishes and feelings|The views of children] are [clearly recorded|captured well] and [shape|inform] [plans|their plans], and [social workers|practitioners] [use|make use of] [creative|imaginative] direct work [to understand them|to hear them].
~ [Children are seen|Social workers see children] [regularly|as often as they should], [but|although] their wishes and feelings are not always [recorded|reflected in their plans].
- The voice of the child is [absent|missing] from [many|too many] [assessments|records], [and|so] [it is|it was] [unclear|not clear] [what life is like|what daily life is like] for [them|these children].

@placement_stability care
+ [Most|The large majority of] children in care [live in|are in] [stable|settled] [homes|placements], with [few|only a small proportion] [experiencing|having] [three or more moves|frequent moves] [in a year|each year].
~ [Sufficiency|The availability of placements] [is|remains] [a challenge|a pressure], [and|so] [some|a few] children [live|are placed] [at a distance|far] from [home|their communities].
- [Too many|A significant number of] children [experience|have had] [multiple|repeated] [placement moves|changes of placement], [and|while] [some|a small number] [live in|have been placed in] [unregistered|unregulated] [settings|homes].

@fostering care
+ [Foster carer recruitment|Recruitment of foster carers] is [a priority|prioritised], and the [number of|net number of] [in-house|local authority] [foster carers|fostering households] has [increased|grown] [this year|over the last year].
~ [The recruitment of foster carers|Fostering recruitment] [has not kept pace|is not keeping pace] with [demand|need], [and|so] [more|an increasing number of] children are [placed|living] with [independent fostering agencies|agency carers].
- [Assessments|Reviews] of [foster carers|connected carers] [are|have been] [delayed|late], and [some|a few] children [live|have lived] [in|with] [unapproved|unassessed] [arrangements|carers] [for too long|for months].

@adoption care
+ [Children|Children whose plan is adoption] [are matched|move to their adoptive families] [in a timely way|without delay], and [the regional adoption agency|the RAA] [provides|offers] [good|strong] [adoption support|post-adoption support].
~ Adoption timeliness [has improved|is improving], [but|although] [children|older children and sibling groups] [with complex needs|who are harder to place] [still|continue to] [wait too long|wait longer] for [a family|an adoptive family].
- Delay in [family finding|matching] means that [some|several] children [wait|have waited] [over a year|a long time] [for|before being placed with] [adoptive families|a family].
"""

_parse(_BANK2)


# Third bank: themes that the first bank covers thinly.
_BANK3 = r"""
@thresholds help
+ [Partners|Referring agencies] [understand|apply] the [local|multi-agency] threshold [guidance|document] [well|confidently], and [consultations|conversations] with [duty social workers|the consultation line] help them [decide|judge] what to do.
~ [Most|The majority of] [referrals|contacts] are [appropriate|at the right level], but [schools|some partners] [still|continue to] [refer|pass on] [concerns|children] that [could be met|would be better met] through early help.
- [Inconsistent|Variable] application of thresholds means that [some|a number of] children [are passed|move] between [services|teams] [repeatedly|several times] without [receiving help|getting the help they need].

@s47 help
+ [Section 47 enquiries|Child protection enquiries] are [thorough|well planned], and [children are seen|social workers see children] [promptly|on the same day], [often|usually] [jointly|together] with the police.
~ [Child protection enquiries|Section 47 enquiries] are [mostly|generally] [timely|completed on time], but the [analysis|conclusion] [does not always|is not always clearly] [explain|explained in] [why|terms of why] [no further action was taken|the case was closed].
- [Decisions|Outcomes] of [child protection enquiries|section 47 enquiries] are [not always|not] [clear|recorded], and [some|several] [children|families] were [not informed|never told] [of|about] the outcome.

@assessments help
+ Assessments are [thorough|comprehensive] and [analytical|well analysed], [drawing on|using] [family history|chronologies] and the [views|voices] of [children|children and parents] to [understand|explain] [risk|need].
~ [Assessments|Child and family assessments] are [timely|completed within timescales], but [some|too many] [describe|summarise] [events|what has happened] rather than [analysing|explaining] [what they mean for the child|their impact on the child].
- [Assessments|Many assessments] are [out of date|not updated] when [circumstances change|new concerns arise], and [chronologies|family histories] are [absent|missing] or [incomplete|not used].

@pre_proceedings help
+ [The {PLO}|Pre-proceedings work] is [well tracked|closely monitored], and [letters before proceedings|letters to parents] are [clear|written in plain language] about what needs to change.
~ [Pre-proceedings|The {PLO}] is [used appropriately|used], but [some|a few] children [remain|stay] in [pre-proceedings|the pre-proceedings stage] [too long|for many months] without [a decision|review].
- [Drift|Delay] in [pre-proceedings|the {PLO}] [means|has meant] that [some|several] children [have remained|remained] in [neglectful|harmful] [circumstances|homes] [for too long|for far too long].

@homeless help care
+ [Joint protocols|A joint protocol] with housing [ensure|ensures] that [16- and 17-year-olds|young people aged 16 and 17] who [are homeless|present as homeless] [are assessed|receive an assessment] [promptly|the same day] and [told about|offered] [their right to be looked after|accommodation under section 20].
- [Some|A few] [homeless|homeless 16- and 17-year-olds|young people facing homelessness] [were|have been] [placed|accommodated] in [bed and breakfast|unsuitable accommodation] [without|with no] [assessment|social work assessment] of their needs.

@out_of_hours help
+ The {EDT} [responds|provides a response] [promptly|quickly] [at night and at weekends|out of hours], and [information|handover information] is [passed|shared] to [daytime teams|day teams] [the next morning|first thing].
~ The {EDT} [is|has been] [stretched|under pressure], and [some|a few] [visits|home visits] [out of hours|at night] were [delayed|not completed] [because of|due to] [limited capacity|staff shortages].

@quality_assurance lead
+ [A strong|A well-established] quality assurance framework [includes|combines] [audits|practice audits], [observations of practice|practice observations] and [feedback from families|the views of families], [which gives|giving] leaders an [accurate|realistic] picture of practice.
~ [Quality assurance|Audit activity] [is regular|takes place regularly], but [actions|the actions] [arising from audits|from audits] are [not always|not consistently] [completed|followed up].
- Quality assurance is [weak|underdeveloped], and [audits|audit findings] [are not|are rarely] [moderated|checked], [so|which means that] [leaders|senior leaders] [have an overly positive|do not have an accurate] view of practice.

@leadership lead
+ [Senior leaders|The director of children's services and senior leaders] [know|understand] their services [well|very well], and [their|the] [self-evaluation|self-assessment] [is accurate|matches what inspectors found].
+ [Political and corporate leaders|The chief executive and lead member] [prioritise|give high priority to] children's services, and [investment|additional funding] has [strengthened|improved] [frontline practice|services for children].
~ [Leaders|Senior leaders] have [an improvement plan|a clear plan], but [progress|improvement] [has been uneven|is uneven] [across services|between services], and [some|a few] [areas|actions] are [behind schedule|delayed].
- [Leaders|Senior leaders] [did not recognise|had not recognised] [the extent of|how serious] the [weaknesses|deficits] [in practice|were], and [governance|scrutiny] [has been|was] [ineffective|too weak] [to challenge|to address] them.

@education_health care
+ [The virtual school|The virtual school head] [tracks|monitors] [the progress|the attendance and progress] of children in care [closely|rigorously], and [personal education plans|{PEPs}] are [of good quality|effective].
+ [Health assessments|Initial and review health assessments] are [timely|completed on time], and children [have|receive] [quick|prompt] access to {CAMHS} [when needed|where needed].
~ [Most|The majority of] children in care [attend|go to] [good|good or better] schools, but [{PEPs}|personal education plans] [vary in quality|are variable], and [targets|some targets] are [not specific|too general].
- [Too many|A large number of] children in care [wait|are waiting] [too long|months] for [emotional health support|help with their mental health], and [{CAMHS}|specialist services] [have long waiting lists|are difficult to access].

@uasc care leavers
+ {UASC} [receive|are given] [sensitive|culturally sensitive] [support|care], including [help with|access to] [immigration advice|legal advice] and [English language classes|learning English].
~ {UASC} are [generally|mostly] [well supported|supported well], but [age assessments|some age assessments] [take too long|are delayed], [leaving|which leaves] young people [uncertain|in uncertainty].

@permanence care
+ Permanence is [considered|discussed] [at the second review|early], and [children|most children] [achieve|secure] permanence [without delay|in a timely way].
~ Permanence planning for [older children|teenagers] is [less well developed|weaker], and [some|a few] [remain|live] in long-term foster care [without|with no] [formal|formal matching] [approval|confirmation].
- [Children|Too many children] [wait|have waited] [too long|a long time] for permanence [because|as] [plans|permanence plans] are not [progressed|reviewed] [with urgency|in time].

@send_ehc send
+ [Education, health and care plans|EHC plans] are [completed|issued] [within 20 weeks|on time] for [most|nearly all] children, and [they|the plans] [capture|reflect] [children's aspirations|what matters to children].
~ [The timeliness of EHC plans|The rate at which EHC plans are issued] has [improved|risen], but [the quality of plans|plan quality] [is variable|varies], and [annual reviews|reviews] are [often late|not always timely].
- [Families|Parents and carers] [wait|have waited] [far too long|many months] for EHC [needs assessments|assessments], and [many|some] [plans|EHC plans] are [out of date|not updated after review].

@send_health send
+ [Children|Children and young people] with SEND [have|get] [timely|prompt] access to [speech and language therapy|therapies], and [waiting times|waits] have [reduced|fallen].
- [Waiting times|Waits] for [neurodevelopmental|autism and ADHD] [assessments|pathways] are [very long|excessive], and [families|parents] [feel|told inspectors they feel] [unsupported|left without help] [in the meantime|while they wait].

@send_inclusion send
+ [Schools|Leaders in schools] [are|feel] [well supported|supported] to [include|meet the needs of] [pupils|children] with SEND, and [the number of|rates of] [exclusions|suspensions] [are low|has fallen].
- [Too many|A growing number of] children with SEND are [on part-time timetables|out of school] or [in|attending] [unregistered|unregistered alternative] provision, and [leaders|partners] [do not know|cannot say] [how many|exactly how many].

@send_adulthood send
+ [Preparation for adulthood|Planning for adult life] [starts|begins] [early|from Year 9], and young people [have|are offered] [supported internships|routes into work] and [help|support] [to live independently|with independent living].
~ [Preparation for adulthood|Transition to adult services] [is improving|has improved], but [some|a few] young people [and their families|and families] [do not know|are unsure] [what will happen|what support there will be] after 18.
"""

_parse(_BANK3)
