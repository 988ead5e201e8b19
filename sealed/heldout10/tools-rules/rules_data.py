"""Tenth held-out language set (issue 16). All people invented; facts paraphrased from the source URL.
Blame lines: "B kind | sentence" (BLAME) or "O kind | sentence" (OK).
Action lines: "testable bounded owner_is_person recurrence | owner | due | summary".
Went-well lines: "C | ..." (CONCRETE) or "V | ..." (VAGUE)."""
S = []

S.append(dict(
    url="https://history.nasa.gov/ap13rb/ap13index.htm",
    people=["Orrin Vasquez-Tull", "Pancratia Dromgoole", "Severin Achterhuis-Dlamini", "Lowell Quarshie"],
    blame="""
B failure-verb | Orrin skipped the note that oxygen tank two had been dropped two inches at the plant when he signed the tank off for the stack.
B passive-agent | The long detanking with the heaters left on was waved through by Pancratia on the pad without a single question to the contractor.
B counterfactual | If Severin had bothered to ask for the heater switch rating in 1965, the thermostat would have been swapped for a 65-volt part long before launch.
B competence | Frankly, a test conductor who understood the tank would never have boiled it dry with the heaters for eight hours.
B human-error | The first press summary in the binder puts the tank rupture down to human error during the ground tests at the Cape.
B hindsight | Anyone looking at that detanking trace for five minutes could see it was obvious the tank had been cooked.
B role-blame | The pad leader signed for a tank that would not drain normally and went home.
B rhetorical-question | Who on Lowell's crew thought that boiling off liquid oxygen with the heaters was an acceptable way to empty a flight tank?
B mistake-attribution | Mistakes were made by the checkout people at the Cape, and thirteen of them nearly cost us three astronauts.
O system-failure | The thermostatic switches on the tank heaters were rated for 28 volts and welded shut when the pad supplied 65 volts during detanking.
O actor-neutral | Lowell read the oxygen tank pressure off the telemetry at 55:54 mission time and called the Flight Director's loop.
O policy-subject | The change order that Pancratia filed raised the heater supply to 65 volts but did not require the switch supplier to requalify its part.
O org-subject | The review board concluded that the accident was not the result of a chance malfunction but of an unusual combination of mistakes and a deficient design.
O system-should | The tank temperature gauge should have read far above 80 degrees F during the boil-off, but its scale stopped at 80.
O meta-blameless | Putting this on the technician who ran the boil-off tells us nothing about why a 28-volt switch was still in a 65-volt circuit.
O neutral-fact | The tank had been built for Apollo 10, dropped about two inches during removal, then refitted to Apollo 13.
O quoted-question | Which test or drawing review would have caught that the heater switches were never updated after the voltage change?
O agentless-passive | The lunar module was used as a lifeboat, and carbon dioxide scrubbers were adapted from square to round cartridges.
""",
    actions="""
Y Y Y PREVENTS | Pancratia Dromgoole | 1970-09-30 | Remove the fan motors and all unsealed wiring from the inside of the cryogenic oxygen tanks and replace them with stainless-steel sheathed wiring
Y Y Y PREVENTS | S. Achterhuis-Dlamini | 1970-08-15 | Requalify every thermostatic switch on the service module tank heaters at 65 V DC and 10 A, and reject any part that welds closed below 100 cycles
N Y N PARTIAL | Propulsion branch | 1970-08-01 | Take a fresh look at the oxygen tank design
Y Y N PREVENTS | the contractor |  | Fit a third oxygen tank in a separate bay of the service module, isolated from the other two by a check valve
N N Y DETECTS | @lquarshie | 1970-07-15 | Keep an eye on tank pressures during the remaining cryo tests
Y Y Y DETECTS | Orrin Vasquez-Tull | 1970-10-01 | Extend the heater temperature sensor range from 80 to 1,000 degrees F and show the reading on the launch control console
N N N PARTIAL | we |  | Be more rigorous in reviewing tank anomalies
Y Y N DETECTS | TBD | 1970-12-01 | Record any detanking that departs from the standard procedure as a discrepancy report that blocks the tank sign-off until engineering closes it
N Y Y PARTIAL | Pancratia Dromgoole |  | Reassess the checkout procedures at the Cape
Y N N PARTIAL | Mission Operations |  | Rehearse a lifeboat scenario with the lunar module in the simulator every quarter, including the scrubber adaptation, and log the time to first stable CO2 reading
N N N PARTIAL | everyone |  | Treat every dropped part as potentially damaged
Y Y Y PREVENTS | o.vasquez-tull (tank design) | 1970-09-01 | Tag every flight tank whose history includes a drop or rework and require a full X-ray and fill-drain test before it can be installed
N Y N DETECTS |  |  | Look into better instrumentation for the oxygen tanks
""",
    ww="""
C | Lowell's crew moved into the lunar module within about an hour and powered it up from the checklist before the command module's batteries were needed.
C | The square-to-round CO2 adapter was designed on the ground from parts on board and read up to the crew in a step-by-step procedure.
V | All three mission control shifts rallied round magnificently.
C | The free-return trajectory burn was computed twice by independent teams and matched before it was sent up.
""",
))

S.append(dict(
    url="https://history.nasa.gov/rogersrep/genindex.htm",
    people=["Hartwin Brunnhaever", "Ingeborg Szczurek", "Auberon Mbatha", "Dagmara Oyinlade-Prust"],
    blame="""
B failure-verb | Hartwin overruled his own engineers on the O-ring temperature at the teleconference the night before launch.
B passive-agent | The engineers' no-launch recommendation for temperatures under 53 degrees was set aside by Ingeborg and two other managers in a closed caucus.
B counterfactual | Had Auberon passed the Thiokol concerns up to level one, seven people would still be alive.
B group-blame | Management at the booster contractor simply folded as soon as the customer pushed back.
B character | Ingeborg cared more about the launch schedule than about a seal that everyone knew was eroding.
B sarcasm | Great call, Hartwin, "take off your engineering hat and put on your management hat" - very inspiring for the accident report.
B self-blame | looking back i think i should have refused to sign the launch rec that night, that's on me not on the chart.
B repeat-offender | This is not the first time Auberon has waived a flight constraint; he did it for three flights in a row on the joint erosion.
B nobody-blame | Nobody in that meeting had the spine to say no to the launch.
O system-failure | The primary and secondary O-rings in the right solid rocket booster's aft field joint did not seal at 36 degrees F, and hot gas escaped.
O actor-neutral | Dagmara put up the chart showing blow-by on the January 1985 flight during the 8:15 pm teleconference.
O policy-subject | The launch constraint that Auberon signed could be waived by the project office without reporting it to the level above.
O org-subject | The Commission found that the decision-making process was flawed and that the joint problem was not reported to the top.
O system-should | The joint design should have kept sealing even with a rotated tang and a cold, stiff O-ring.
O meta-blameless | Calling this "poor judgment by a few managers" skips the question of why a known erosion problem had become an accepted risk.
O neutral-fact | The shuttle broke up 73 seconds after lift-off on 28 January 1986; the coldest earlier launch had been at 53 degrees F.
O system-counterfactual | If the flight readiness review had required a temperature qualification for the joint, the night-before teleconference would not have been the only gate.
O credit | Dagmara's erosion data from earlier flights was the most useful evidence the panel had about the joint.
""",
    actions="""
Y Y Y PREVENTS | Ingeborg Szczurek | 1987-06-30 | Redesign the field joint with a capture feature and a third O-ring, and qualify it in full-scale firings at temperatures down to 31 degrees F
N N N PARTIAL | Management |  | Foster a culture where engineers feel free to speak up
Y Y N PREVENTS | the program office | 1986-12-01 | Make every launch constraint and every waiver of one visible to the level-one flight readiness board, with the signature of whoever waived it
N Y Y PARTIAL | @hbrunnhaever | 1986-09-30 | Revisit how launch decisions are made
Y Y Y DETECTS | Dagmara Oyinlade-Prust | 1986-10-15 | Publish a table of O-ring erosion and blow-by depth for all 24 earlier flights, plotted against joint temperature, to the flight readiness board
Y N N DETECTS | Safety office |  | Run an independent review of every Criticality 1 item each quarter and report open ones to the administrator within 10 days
N N N PARTIAL | TBD |  | Do not let schedule pressure influence safety decisions
Y Y Y PREVENTS | A. Mbatha | 1986-11-30 | Add a launch commit criterion that holds the count when the joint temperature forecast is below the lowest qualified temperature
N Y N PARTIAL | Thiokol and the project office |  | Improve communication between the contractor and the centre
Y Y N DETECTS | the launch director | 1987-01-15 | Keep a log of every teleconference held on launch eve, listing attendees, recommendations and the final decision, and attach it to the flight record
N N Y DETECTS | Hartwin Brunnhaever |  | Monitor the joint issue closely going forward
Y Y N PREVENTS |  | 1987-03-31 | Establish an Office of Safety, Reliability and Quality Assurance reporting directly to the administrator, with its own budget line
N Y N PARTIAL | we | 1986-08-01 | Double-check cold-weather readiness before winter launches
""",
    ww="""
C | Dagmara's team had joint erosion measurements from earlier recovered boosters, so the panel could plot damage against temperature within days.
V | Good cooperation with the Commission.
V | The Marshall and Thiokol people showed real commitment throughout the inquiry.
C | Recovered booster segments were laid out in a hangar in flight order, which let investigators match burn marks to the 73-second timeline.
""",
))

S.append(dict(
    url="https://history.nasa.gov/columbia/CAIB_reportindex.html",
    people=["Wystan Okerlund-Reyes", "Mechtild Haakonsen", "Tobiah Lindgaard-Obi", "Ortrud Gbadamosi"],
    blame="""
B failure-verb | Wystan declined the debris team's request for on-orbit imagery of the left wing without even reading the impact analysis.
B passive-agent | The imaging request from the engineering group was cancelled by Mechtild within a day, citing "no safety of flight issue".
B counterfactual | If Tobiah had pushed the foam question past the mission management team, someone might have asked the Air Force for a picture.
B competence | The mission management team was not equipped to evaluate a foam strike; that much was obvious from the minutes.
B group-blame | Those Houston managers had made up their minds before the strike analysis was done.
B implicit | The minutes show exactly one person signing off on "no safety of flight issue" and everyone knows who chaired that meeting.
B rhetorical-question | How could Mechtild accept a Crater model run for a piece of foam hundreds of times bigger than the test data behind the model?
B sanction | Wystan was moved off flight management before the board even published its findings.
B hindsight | They should have known from the film that a briefcase-sized chunk of foam hitting a wing leading edge was not routine.
O system-failure | A piece of insulating foam from the external tank bipod ramp struck the reinforced carbon-carbon panels of the left wing 82 seconds after launch.
O actor-neutral | Ortrud watched the launch film on flight day two and raised the strike with the intercenter photo working group.
O policy-subject | The flight rules that Wystan's team worked under classed foam shedding as an accepted "in-family" event after earlier flights.
O org-subject | The board found that the agency's organisational culture had as much to do with the accident as the foam.
O system-should | The Crater prediction tool should have flagged that the impact was far outside its calibration range.
O meta-blameless | Calling it "a failure of individual managers" would miss the board's point about a culture that normalised foam loss.
O neutral-fact | Columbia broke up during re-entry on 1 February 2003, about sixteen minutes before the planned landing.
O quoted-question | What path did an engineering concern have to take to reach the mission management team, and where was it stopped?
O system-counterfactual | If the imaging request process had been a standing step for any strike above a set size, the picture would have been taken without a manager's approval.
""",
    actions="""
Y Y N PREVENTS | the Space Shuttle Program | 2004-12-31 | Remove the foam bipod ramp from the external tank and replace it with heaters, then verify by test that no debris above 0.03 lb is shed in ascent
Y Y Y DETECTS | Ortrud Gbadamosi | 2004-06-30 | Install cameras that image the wing leading edge and external tank during ascent, with downlink to the ground within 6 hours of launch
N N N PARTIAL | the agency |  | Change the safety culture
Y N N DETECTS | Flight crew |  | Inspect the thermal protection system on orbit on every flight with the boom-mounted sensor and send the scans for analysis before the flight day 3 review
Y Y N PREVENTS | NASA | 2004-12-01 | Set up an independent Technical Engineering Authority that owns all waivers to technical requirements and is funded outside the program
N Y Y PARTIAL | Mechtild Haakonsen | 2004-03-01 | Look at how the mission management team handles dissent
Y Y Y DETECTS | T. Lindgaard-Obi | 2004-04-30 | Write down the calibration range of the Crater tool and make it print a warning when an input falls outside it
N N N DETECTS | someone |  | Watch the launch films more carefully
Y Y Y PARTIAL | @wokerlund | 2004-09-30 | Develop and demonstrate an on-orbit repair kit for leading-edge panels that can close a 4-inch hole
N Y N PARTIAL | Program management |  | Make the mission management team more effective
Y Y N DETECTS | the flight director | 2004-02-15 | Hold a mission management team meeting every day of flight, record it and publish its minutes within 24 hours
N N Y PARTIAL | Wystan Okerlund-Reyes |  | Be open to requests from engineering
Y Y N PREVENTS |  | 2005-01-31 | Require that any imaging request from the debris team is granted unless the flight director records a written reason
""",
    ww="""
C | Ortrud's working group identified the strike on the day-two film review and had an impact estimate within three days of launch.
C | Debris collected across Texas and Louisiana was gridded on a hangar floor, which located the breach at the left wing's leading edge.
V | Great dedication from the whole debris recovery effort.
""",
))

S.append(dict(
    url="https://www.nrc.gov/reading-rm/doc-collections/fact-sheets/3mile-isle.html",
    people=["Bertwald Nkemelu", "Roswitha Tavernier", "Jacinto Ferreboeuf", "Evadne Kowalczuk"],
    blame="""
B failure-verb | Bertwald throttled back the high-pressure injection pumps because he misread the pressurizer level.
B human-error | The utility's first statement said operator error was the cause of the accident at unit 2.
B counterfactual | If Roswitha had looked at the tailpipe temperature on the relief valve, she would have known it was still open.
B competence | They put operators in that control room who had never been trained for a small-break loss of coolant.
B role-blame | The shift supervisor kept the crew on the wrong diagnosis for more than two hours.
B passive-agent | The warning from the Davis-Besse event a year and a half earlier was filed away by Jacinto and never reached the operators.
B sarcasm | Fantastic instinct, shutting off the emergency cooling while the core is uncovering - give that crew a medal.
B rhetorical-question | Why did Evadne's training group teach the crew to fear a solid pressurizer more than an empty core?
B character | Jacinto always thought the vendor bulletins were paperwork for the lawyers.
O system-failure | The pilot-operated relief valve stuck open after the turbine trip, and the indicator showed only that the signal to close had been sent.
O actor-neutral | Roswitha, arriving on the next shift, suggested closing the block valve behind the relief valve at 6:22 am.
O policy-subject | The emergency procedure, which Evadne taught, told operators to watch pressurizer level as the main sign of how much water was in the system.
O org-subject | The Kemeny commission concluded that the fundamental problems were with people, organisations and procedures rather than the equipment alone.
O system-should | The control panel should have shown the actual position of the relief valve rather than the command sent to it.
O meta-blameless | "Operator error" was the first explanation, but the commission asked why the training and the panel led the crew to that reading.
O neutral-fact | About half the core melted; the containment building held and the off-site dose was small.
O self-report | I was on the phone with the vendor at 7 am and we still did not know the valve was open.
O agentless-passive | More than a hundred alarms went off in the first minutes, and the computer printer ran more than an hour behind.
""",
    actions="""
Y Y N DETECTS | the vendor | 1979-12-31 | Fit a direct position indicator to the pilot-operated relief valve and show it on the main control panel
N N N PARTIAL | Training department |  | Improve operator training
Y N N DETECTS | Each licensee |  | Report every stuck-open relief valve to the regulator within 24 hours and circulate the report to all plants with the same vendor
Y Y Y PARTIAL | Evadne Kowalczuk | 1980-03-31 | Add a small-break loss-of-coolant scenario with a stuck-open relief valve to the simulator course and require every operator to pass it before re-licensing
N Y Y PARTIAL | @bnkemelu | 1979-09-01 | Revisit the pressurizer level guidance
Y Y N DETECTS | the control room | 1980-06-30 | Install a subcooling margin monitor that alarms when the reactor coolant is within 10 degrees F of boiling
N N N PARTIAL | we |  | Take vendor bulletins more seriously
Y Y Y DETECTS | J. Ferreboeuf | 1979-11-15 | Route every vendor event bulletin to the training group and the shift supervisors, and track each one to a written decision within 30 days
Y Y N PARTIAL | Utility management | 1980-01-31 | Put a shift technical adviser with engineering training in the control room on every shift
N Y N DETECTS | the on-call |  | Be alert to conflicting indications
Y Y Y PREVENTS | Roswitha Tavernier | 1980-05-31 | Rewrite the emergency procedures to be symptom-based and forbid throttling injection while the coolant is not subcooled
N N Y PARTIAL | Bertwald Nkemelu |  | Reflect on the lessons of the accident with the crew
Y Y N DETECTS | TBD | 1980-02-28 | Prioritise control-room alarms into three levels and cap the first-level set at 30 so that a trip does not bury the critical ones
""",
    ww="""
C | Roswitha's decision to shut the block valve at 6:22 am stopped the loss of coolant, a little over two hours into the accident.
V | The staff stayed calm under pressure.
C | The containment building held the released activity, so off-site doses stayed far below the level of concern.
""",
))

S.append(dict(
    url="https://en.wikipedia.org/wiki/Hatfield_rail_crash",
    people=["Cuthwin Adewunmi", "Theodora Blackwood-Nyrop", "Fulbert Ssempala", "Gerlinde Ratajczak"],
    blame="""
B failure-verb | Cuthwin ignored the gauge-corner cracking report on the Hatfield curve for months.
B passive-agent | The replacement rails were delivered to the site and then left beside the track by Fulbert's gang for over a year.
B group-blame | The maintenance contractor's people just did not care about a curve they were paid to look after.
B counterfactual | None of this would have happened if Theodora had imposed a speed restriction when the cracking was first reported.
B human-error | A tabloid headline in the file says the crash at Hatfield came down to human error on the track gangs.
B competence | Only an outfit that had lost all its engineering knowledge could let a rail break into three hundred pieces.
B implicit | The curve had one person responsible for it in the asset register and that person never went out to look.
B mistake-attribution | Mistakes were made by the infrastructure controller and the contractor, and four people died.
B rhetorical-question | Why did Gerlinde let the re-railing slip again and again while the cracks grew?
O system-failure | The rail on the curve broke into many pieces under the train because of rolling contact fatigue cracks at the gauge corner.
O actor-neutral | Fulbert measured the crack lengths on the curve in early 2000 and sent them to the area office.
O policy-subject | The maintenance contract, which Theodora managed, paid for work done rather than for the condition of the track.
O org-subject | The infrastructure company later imposed more than 1,200 emergency speed restrictions across the network.
O system-should | The ultrasonic inspection regime should have detected gauge-corner cracks, but it could not see them under the head.
O meta-blameless | Calling it a failure by one track gang misses why the split between owner and contractor left nobody owning the curve.
O neutral-fact | The London to Leeds express derailed at about 115 mph on 17 October 2000; four people were killed.
O quoted-question | What did the contract measure, and did it ever reward replacing a cracked rail before it broke?
O error-term | The word "error" appears in the charge sheet, but the manslaughter charges against individual managers were later dropped and the companies were fined instead.
""",
    actions="""
Y Y N PREVENTS | Track engineering | 2001-06-30 | Impose a 20 mph speed restriction on any curve with gauge-corner cracks longer than 30 mm until the rail is replaced
N N N PARTIAL | the industry |  | Make the railway safer
Y Y Y DETECTS | Gerlinde Ratajczak | 2001-03-31 | Survey every curve of radius below 1,500 m for rolling contact fatigue with eddy-current testing and record crack depth per metre
N Y Y PARTIAL | T. Blackwood-Nyrop | 2001-01-31 | Audit the maintenance contracts
Y Y N PREVENTS | the infrastructure controller | 2002-12-31 | Take track maintenance back in-house and make one engineer accountable for each route section's condition
Y N N DETECTS | Area office |  | Send a monthly list of every rail with reported cracking and its planned replacement date to the route director
N N N PARTIAL | everyone |  | Be more proactive about rail defects
Y Y Y PREVENTS | f.ssempala (track) | 2001-04-15 | Replace the delivered rails left beside the track on the eight worst curves and sign each one off with a post-replacement ultrasonic test
N Y N DETECTS | Contractors |  | Double-check cracked rails before each inspection cycle
Y Y N DETECTS |  | 2001-09-30 | Add gauge-corner crack length as a mandatory field in the defect database and reject reports that omit it
N N Y PARTIAL | @cadewunmi |  | Ensure better communication with the contractor
Y Y N PARTIAL | Rolling stock engineering | 2002-06-30 | Fit the measurement train with a rail profile and crack detection system and run it over every main line twice a year
N Y N PARTIAL | TBD | 2001-02-28 | Reconsider the speed restriction policy
""",
    ww="""
C | Gerlinde's survey found the other cracked curves within three weeks, and speed restrictions went on them before another break.
V | A strong response from the whole industry.
C | The trains' crash structure kept most coaches upright, which limited the number of deaths.
""",
))

S.append(dict(
    url="https://www.grenfelltowerinquiry.org.uk/phase-2-report",
    people=["Peregrine Osei-Bonsu", "Cunegonde Vukovic", "Aldhelm Hallgrimsson", "Natalya Fennimore-Ash"],
    blame="""
B failure-verb | Peregrine neglected to check the fire rating of the cladding panels before signing off the refurbishment.
B passive-agent | The polyethylene-cored panels were chosen by Cunegonde to save money over the zinc option.
B counterfactual | If Aldhelm had read the test certificate properly, the tower would never have been wrapped in that stuff.
B group-blame | The whole council housing department treated the residents like a nuisance.
B character | Cunegonde was dishonest about the fire performance of the product from the start.
B sarcasm | Well done to the building control officer, signing off a tower like that - truly a model of public service.
B human-error | One of the email threads calls the outcome simple human error by the architects.
B role-blame | The architect specified a product he had never seen tested.
B timeline-blame | 01:26 - the incident commander kept the stay-put advice in force for nearly two hours while the fire climbed the building.
O system-failure | The aluminium composite material with a polyethylene core melted and burned, carrying the fire up the outside of the tower.
O actor-neutral | Natalya called 999 at 00:54 from flat 16 on the fourth floor to report a fridge freezer on fire.
O policy-subject | The guidance document that Aldhelm relied on was ambiguous about whether cladding had to be of limited combustibility.
O org-subject | The inquiry found that the manufacturers had engaged in deliberate and sustained strategies to manipulate testing.
O system-should | The building regulations regime should have made it impossible to certify such panels for a high-rise.
O meta-blameless | The inquiry's phase 2 report says the deaths were avoidable, and it points at decades of failures by government and industry rather than one trade.
O neutral-fact | Seventy-two people died in the fire at the 24-storey tower in North Kensington on 14 June 2017.
O quoted-question | Why did the testing regime allow a product to be sold with a certificate based on a different version of it?
O agentless-passive | The stay-put advice was withdrawn at 02:47.
""",
    actions="""
Y Y N PREVENTS | the government | 2018-12-31 | Ban combustible materials in external walls of residential buildings over 18 m
N N N PARTIAL | industry |  | Change the culture of the construction sector
Y Y Y PREVENTS | C. Vukovic | 2019-06-30 | Remove the ACM cladding from all 12 council-owned blocks and replace it with A1 or A2-s1,d0 panels, with a fire engineer's sign-off per block
Y N N DETECTS | Building control |  | Inspect the external walls of every residential building over 18 m once every 5 years and publish the results
N Y Y PARTIAL | Peregrine Osei-Bonsu | 2018-09-30 | Review the refurbishment project
Y Y N DETECTS | London Fire Brigade | 2019-03-31 | Give every control room a tool that shows which tower blocks have active fire-survival calls, refreshed every 30 seconds
N N N PARTIAL | we |  | Listen to residents
Y Y Y PARTIAL | @nfennimore | 2018-11-30 | Write an evacuation plan for the tower type with stair capacity figures and a trigger for abandoning stay-put, and drill it with the fire brigade
Y Y N PREVENTS | the landlord | 2019-01-31 | Replace every flat front door that does not hold smoke and fire for 30 minutes, and fit self-closers tested annually
N Y N PARTIAL | TBD |  | Reassess fire safety in tower blocks
Y Y Y DETECTS | Aldhelm Hallgrimsson | 2018-10-15 | Publish the test certificates for every cladding product used on council buildings and mark any that refer to a different product version
N N Y DETECTS | a.hallgrimsson (building control) |  | Keep an eye on manufacturers' claims
Y Y N PREVENTS |  | 2020-06-30 | Require premises information boxes with floor plans and residents' mobility needs in every high-rise, checked monthly by the responsible person
""",
    ww="""
C | Natalya's 999 call at 00:54 gave the control room the flat number and floor within the first minute.
V | Amazing community spirit in the days after.
C | The fire crews' wet riser use on the lower floors kept one stair passable until the early hours, and most residents who left before 02:00 got out.
""",
))

S.append(dict(
    url="https://en.wikipedia.org/wiki/Air_France_Flight_447",
    people=["Maximilien Aberfoyle-Nkem", "Svanhild Quintanar", "Leontyne Rzepka", "Cassiel Aderinto"],
    blame="""
B human-error | The tabloid story clipped to the ticket calls AF447 a clear case of pilot error.
B failure-verb | Maximilien kept pulling back on the stick for almost the whole descent instead of lowering the nose.
B counterfactual | Had Svanhild taken the controls earlier and pushed the nose down, the aircraft would have recovered.
B competence | A properly trained first officer would have recognised a stall with the horn sounding more than seventy times.
B role-blame | The captain left the cockpit for his rest and came back too late to be of any use.
B passive-agent | The stall warning was ignored by Maximilien for the best part of a minute.
B rhetorical-question | How could three qualified pilots not see that they were falling at 10,000 feet per minute?
B hindsight | it was obvious from the vertical speed that the plane was stalled, anyone in the sim could see that.
B self-blame | as the instructor who signed his high-altitude module, honestly i failed him there.
O system-failure | The pitot tubes iced over at about 02:10 UTC, the airspeed readings became inconsistent and the autopilot disconnected.
O actor-neutral | Leontyne read out the procedure for unreliable airspeed on the second pass of the checklist.
O policy-subject | The training syllabus, which Cassiel taught, covered stall approach only at low altitude.
O org-subject | The BEA recommended changes to training for manual handling at high altitude and to the stall warning logic.
O system-should | The stall warning should not have stopped when the measured airspeed fell below 60 knots while the aircraft was still stalled.
O meta-blameless | The BEA report did not stop at "the crew failed"; it asked why the displays and training left the crew without a picture of a stall.
O neutral-fact | The Airbus A330 fell into the Atlantic on 1 June 2009 with 228 people on board; the recorders were found almost two years later.
O quoted-question | What would the crew have needed on the display to recognise the stall in under a minute?
O system-counterfactual | If the flight director bars had stayed off after the autopilot disconnection, they would not have suggested a nose-up attitude.
""",
    actions="""
Y Y N PREVENTS | Airbus | 2010-06-30 | Replace the pitot probes on all A330 and A340 aircraft with the model certified for ice crystals at high altitude
N N N PARTIAL | Flight operations |  | Improve pilots' manual flying skills
Y N N PARTIAL | the training department |  | Give every pilot a recurrent simulator session on high-altitude stall recovery each year, with a pass criterion on pitch and bank
Y Y Y DETECTS | S. Quintanar | 2011-12-31 | Show the angle of attack on the primary flight display of the A330 fleet
N Y Y PARTIAL | @lrzepka | 2011-09-30 | Revisit the crew resource management guidance
Y Y N DETECTS | the manufacturer | 2012-06-30 | Keep the stall warning active whenever the angle of attack exceeds the stall threshold, whatever the measured airspeed
N N N DETECTS | someone |  | Pay more attention to the weather ahead
Y Y N PARTIAL | Chief pilot | 2011-03-31 | Designate a relief captain by name for every crew of three on long-haul flights and record the handover in the flight log
Y Y Y PARTIAL | Cassiel Aderinto | 2011-06-30 | Add an unreliable-airspeed scenario at cruise altitude with flight director removal to the type-rating syllabus and brief all 1,600 first officers
N Y N PARTIAL | the regulator | 2012-01-01 | Reconsider flight data monitoring
N N Y DETECTS | Maximilien Aberfoyle-Nkem |  | Be more careful at night in thunderstorms
Y Y N DETECTS |  | 2012-12-31 | Require flight recorders to send a position every minute when the aircraft is in an abnormal attitude
Y Y N PREVENTS | TBD | 2011-10-31 | Make the flight directors disappear automatically when the air data they rely on is invalid
""",
    ww="""
C | The recovery team located the recorders on the sea floor at about 3,900 m in April 2011 and both could still be read.
V | Everyone's professionalism during the search.
C | The second search phase used the drift analysis of recovered debris to narrow the area to about 10,000 km2.
C | Automatic ACARS maintenance messages gave the investigators the sequence of speed and autopilot faults before the wreckage was found.
""",
))

S.append(dict(
    url="https://en.wikipedia.org/wiki/Costa_Concordia_disaster",
    people=["Gianluigi Trentadue", "Rosamund Ekpenyong-Voss", "Augustin Halvorsrud", "Ilaria Pennywhistle"],
    blame="""
B failure-verb | Gianluigi abandoned the ship while passengers were still on board.
B character | Our captain was a showman who wanted to impress people on the island.
B counterfactual | If Augustin had insisted on the planned route, the ship would never have been 150 metres from the rocks.
B sarcasm | Lovely "salute" to Giglio, sailing into the rocks at 16 knots to wave at the port.
B group-blame | The whole bridge team just watched and nobody said a word.
B passive-agent | The general alarm was held back by the master for almost an hour after the impact.
B human-error | The owner's statement at the time blamed human error by the captain.
B sanction | Gianluigi was dismissed and then sentenced to sixteen years, which the press called justice.
B repeat-offender | Ilaria says this was not the first time the ship had been brought in close for a salute under this master.
O system-failure | The hull was torn open for about 70 metres on the port side and the engine room flooded, cutting the main power.
O actor-neutral | Rosamund called the coast guard from the bridge at 22:14 after passengers reported water coming in.
O policy-subject | The company's practice of "salutes" near the island, which Augustin had written up, had no minimum distance.
O org-subject | The Italian investigators found that the bridge resource management and the emergency response had serious weaknesses.
O system-should | The navigation chart on the bridge should have been at a scale that showed the rocks near the island.
O neutral-fact | The cruise ship struck a rock off Isola del Giglio on 13 January 2012; 32 people died.
O quoted-question | What would the bridge team have needed to challenge the master's order to approach the island?
O credit | Ilaria and the coast guard officer coordinated the boats on the starboard side for hours.
O agentless-passive | The ship was listed and resting on its side, and the evacuation took more than six hours.
""",
    actions="""
Y Y N PREVENTS | the cruise line | 2012-06-30 | Forbid any deviation from the approved passage plan within 5 nautical miles of land unless the master records the reason in the log
N N N PARTIAL | Fleet management |  | Improve the safety culture on board
Y Y Y DETECTS | R. Ekpenyong-Voss | 2012-09-30 | Install shore-side monitoring that alerts the fleet operations centre when any ship is within 1 nautical mile of a charted hazard
Y N N PARTIAL | Masters |  | Muster all passengers before the ship leaves port on every voyage, not within 24 hours
N Y Y PARTIAL | Augustin Halvorsrud | 2012-05-31 | Revisit the bridge procedures
Y Y N DETECTS | the IMO | 2013-12-31 | Require a watertight-door and flooding monitor on the bridge that reports compartments flooded within 60 seconds
N N N PARTIAL | crew |  | Behave responsibly in an emergency
Y Y Y PARTIAL | @ipennywhistle | 2012-07-31 | Rewrite the abandon-ship procedure so that the general alarm sounds within 15 minutes of a hull breach, whatever the master's decision
Y N N PARTIAL | Bridge crews |  | Train every officer twice a year in bridge resource management, including a drill where a junior challenges a wrong course
N Y N DETECTS | TBD |  | Double-check charts before each cruise
N N Y PARTIAL | Gianluigi Trentadue |  | Think about his behaviour as master
Y Y N DETECTS |  | 2013-03-31 | Fit voyage data recorders that store the last 12 hours of bridge audio and radar and send a copy ashore every hour
Y Y N PREVENTS | Nautical department | 2012-12-31 | Give every lifeboat station a crew list with named launch officers and one language of command for all of them
""",
    ww="""
C | The coast guard's call with the bridge at 22:14 started the response, and the island's ferry boats began taking passengers off.
V | The locals on Giglio were wonderful.
C | Most of the 4,229 people on board were taken off during the night by lifeboats and helicopters.
""",
))

S.append(dict(
    url="https://www.theverge.com/2014/4/14/5612904/900-canadian-social-insurance-numbers-stolen-in-first-heartbleed",
    people=["Hortensia Delacroix-Mbeki", "Yseult Szabolcs", "Pradeep Ormsgaard", "Walburga Tshabalala"],
    blame="""
B failure-verb | Yseult sat on the OpenSSL advisory for a whole working day before taking the portal offline.
B passive-agent | The patch window was pushed to the next morning by Hortensia, and that is exactly when the numbers were pulled.
B counterfactual | If Pradeep had shut down the e-services the moment the bug was public, those 900 SINs would never have left the building.
B competence | Our web ops people did not understand what a memory leak in TLS meant, that much is clear.
B implicit | Six hours of exposure, and one name on the change ticket that pushed the outage window.
B rhetorical-question | Why did Yseult's team wait for the shared services group to confirm what every security blog was already shouting?
B human-error | The minister's office told reporters the theft came down to human error in the patching schedule.
B nobody-blame | Nobody on the security side bothered to read the advisory until lunch.
B self-blame | i'll own it, i should have escalated the heartbleed advisory the night it dropped, not the morning after.
O system-failure | The web servers ran OpenSSL 1.0.1, and the heartbeat extension returned up to 64 KB of process memory to any client that asked.
O actor-neutral | Walburga ran the scanner against the e-file gateway at 10:30 and confirmed the servers answered heartbeat requests.
O policy-subject | The emergency change process, which Hortensia owns, required two approvals before any public service could be taken offline.
O org-subject | The agency took EFILE, NETFILE and My Account offline and brought them back on the Sunday after patching.
O system-should | The intrusion detection system should have alerted on repeated heartbeat requests from a single client.
O meta-blameless | Calling this a "patching mistake" skips the question of why taking the service offline needed two sign-offs during a public vulnerability.
O neutral-fact | About 900 social insurance numbers were taken during a window of about six hours before the services were shut down.
O self-report | I asked the RCMP liaison at 09:00 on Monday whether we could name the affected taxpayers yet, and we could not.
O action-item | Yseult will send registered letters to the affected taxpayers this week and set up the toll-free line.
""",
    actions="""
Y Y N PREVENTS | Shared services | 2014-05-15 | Upgrade every public-facing server to OpenSSL 1.0.1g or later and rebuild the certificate keys
N N N PARTIAL | IT security |  | Be more responsive to security advisories
Y Y Y PARTIAL | H. Delacroix-Mbeki | 2014-06-30 | Let the duty security officer take a public service offline alone for a critical vulnerability, with approval recorded afterwards within 24 hours
Y N N DETECTS | the SOC |  | Alert on more than 100 TLS heartbeat requests per minute from a single address on any public endpoint
N Y Y PARTIAL | @yszabolcs | 2014-05-01 | Review the patch process
Y Y Y DETECTS | Walburga Tshabalala | 2014-07-31 | Keep a list of every OpenSSL version in production and check it against new advisories within 2 hours of publication
N N N PARTIAL | we |  | Communicate better with taxpayers
Y Y N PARTIAL | Communications | 2014-04-25 | Send registered letters to all 900 affected taxpayers and offer them credit protection at no cost
N Y N PARTIAL | TBD |  | Sanity-check the web stack after the patch
Y Y N PREVENTS |  | 2014-09-30 | Revoke and reissue every TLS certificate issued before 8 April 2014 on the tax portals
N N Y DETECTS | Pradeep Ormsgaard |  | Watch the logs for suspicious activity
Y N N DETECTS | the on-call |  | Rehearse the emergency shutdown of the e-services once a quarter and time it from decision to offline
Y Y Y PARTIAL | p.ormsgaard (infosec) | 2014-08-31 | Retire the last two load balancers that terminate TLS with an unpatched library and route their traffic through the patched pair
""",
    ww="""
C | Walburga's scan confirmed the vulnerable servers within an hour of the advisory and gave the shutdown list.
V | Great teamwork over the long weekend.
C | The affected people were notified by registered mail only, which gave fraudsters no phone or email channel to imitate.
""",
))

S.append(dict(
    url="https://www.mumsnet.com/info/the-heartbleed-security-breach-to-do",
    people=["Esmeralda Vandeputte", "Baldric Kilonzo", "Tiberio Arvidsson", "Mehitabel Olowokandi"],
    blame="""
B failure-verb | Baldric forgot to restart the web servers after the library was patched, so the old process kept serving.
B passive-agent | The first warning from a user on the site was dismissed by Tiberio as a troll.
B counterfactual | If Baldric had run the test on the Tuesday, the login data would not have been read.
B competence | A small team of hobbyists pretending to be a security department, that is what this shows.
B sarcasm | Thank you Tiberio for finding out about the breach when the attacker logged in as the founder - very proactive monitoring.
B group-blame | Those developers have always been more interested in new features than in keeping our data safe.
B character | Baldric is a careless person and this is not the first time.
B human-error | One post in the thread says it was human error by the admins, plain and simple.
B timeline-blame | Wed 9 Apr: patch applied by Baldric, no restart, no check - and that was that.
O system-failure | The login page was served over OpenSSL with the heartbeat bug, so usernames and passwords submitted there could be read from memory.
O actor-neutral | Mehitabel noticed a post made from the founder's account that she had not written, and reported it to the tech team.
O policy-subject | The password policy, which Esmeralda drafted, allowed users to reuse their site password elsewhere without warning.
O org-subject | The site decided to require every user to reset their password, as it could not tell which accounts had been read.
O system-should | The deployment script should have restarted every process that had the old library loaded.
O meta-blameless | "Admin error" was the first reply in the thread, but the question is why the patch procedure did not check the running processes.
O neutral-fact | Passwords set before 17:45 on Saturday 12 April 2014 stopped working.
O quoted-question | How could the team have known which accounts had been read, given that heartbeat abuse leaves no trace in ordinary logs?
O self-report | I changed my password at 18:10 on Saturday and the reset email arrived within a minute.
""",
    actions="""
Y Y Y PREVENTS | Baldric Kilonzo | 2014-04-30 | Change the patch runbook to restart every service linked against OpenSSL and verify with a heartbeat test from outside
N N N PARTIAL | Tech team |  | Take security more seriously
Y Y N DETECTS | the admins | 2014-05-31 | Alert the duty admin whenever a staff account posts from an address outside the office and home list
N Y Y PARTIAL | @evandeputte | 2014-05-15 | Have a look at password storage
Y Y Y PREVENTS | E. Vandeputte | 2014-06-30 | Hash all stored passwords with bcrypt at cost 12 and force a rehash at next login for the 1.5 million existing accounts
N N N DETECTS | someone |  | Watch the forums for signs of account abuse
Y Y N PARTIAL | Community team | 2014-04-15 | Email every registered user that their password has been reset and advise changing it on other sites where it is reused
Y N N DETECTS | on-call admin |  | Run an external TLS scan of every public host each night and page on any known vulnerability
N Y N PARTIAL | TBD |  | Consider two-factor authentication
N N Y PARTIAL | Tiberio Arvidsson |  | Be more vigilant
Y Y Y DETECTS | m.olowokandi (support) | 2014-05-31 | Add a "report my account was used" button that opens a priority ticket with the last 20 logins attached
Y Y N PREVENTS |  | 2014-07-31 | Serve the login page only from hosts whose TLS library version is checked at deploy time against a denylist
N Y N PARTIAL | we | 2014-05-01 | Make the login process more secure
""",
    ww="""
C | The password reset was forced for every account by 17:45 on Saturday, within about a day of learning about the breach.
V | Our openness with members was exemplary.
C | Mehitabel's report of the fake post reached the tech team within ten minutes and triggered the investigation.
""",
))

S.append(dict(
    url="https://www.zdnet.com/article/qantas-suffers-delays-due-to-linux-leap-second-bug/",
    people=["Raghnall Benítez-Kaur", "Odalys Mwangangi", "Leofric Grzybowski", "Hyacintha Appiah-Lund"],
    blame="""
B failure-verb | Raghnall never tested the check-in platform against a leap second, even though one was announced in January.
B passive-agent | The leap-second readiness item was closed by Odalys in May with the note "no impact expected".
B counterfactual | Had Leofric read the kernel mailing list, the 400 delayed flights would have been 400 on-time flights.
B group-blame | The reservation provider's ops people are clearly asleep at the wheel, twice in one year.
B sarcasm | Top marks to the platform team: handwritten boarding passes in 2012.
B rhetorical-question | How does Raghnall explain to the airline that nobody on his team knew a leap second was coming?
B mistake-attribution | Mistakes were made by the vendor's engineers, and our passengers paid for them at the gate.
B competence | A competent operations team would have known that leap seconds break Linux boxes every time.
B implicit | The change freeze for the weekend was signed by one manager, and it listed nothing about time.
O system-failure | At the leap second the Linux servers running the reservation platform hung, and check-in, reservations and load control stopped.
O actor-neutral | Hyacintha switched the gates at Sydney to manual check-in at 10:20 and called the other ports.
O policy-subject | The freeze policy, which Odalys wrote, covered software changes but not calendar events such as leap seconds.
O org-subject | The airline said the outage was a global one at the reservation provider and not specific to it.
O system-should | The kernel should have inserted the extra second without leaving the high-resolution timer in a wrong state.
O meta-blameless | Blaming the vendor's operators does not explain why a once-in-three-years event had never been tested.
O neutral-fact | More than 400 flights were delayed, some by up to two hours, while staff checked passengers in by hand.
O system-counterfactual | If the servers had smeared the extra second over a day, as some large providers did, the timers would never have seen 23:59:60.
O quoted-question | Which test environment could simulate a leap second, and did anyone own that test?
""",
    actions="""
Y Y N PREVENTS | the provider | 2012-12-31 | Smear future leap seconds over 24 hours on all NTP servers used by the reservation platform
N N N PARTIAL | Operations |  | Be better prepared for time changes
Y Y Y DETECTS | Odalys Mwangangi | 2012-09-30 | Add a leap-second test to the staging cycle that steps the clock through 23:59:60 and checks CPU and response time on every node
Y N N PARTIAL | Airport operations |  | Run a manual check-in drill at each major port every six months and measure queue time at 30 minutes in
N Y Y PARTIAL | @rbenitez | 2012-08-01 | Review the vendor contract
Y Y Y PARTIAL | L. Grzybowski | 2012-10-31 | Upgrade all kernels in the check-in and load control clusters to a version with the hrtimer leap-second fix
N N N PARTIAL | the vendor |  | Harden the platform against whatever comes next
Y Y N DETECTS | on-call SRE | 2012-11-30 | Page on any host whose CPU stays above 95% for 5 minutes with no increase in request volume
N Y N DETECTS | TBD |  | Double-check the system clock before each leap second
Y Y N PARTIAL |  | 2012-12-15 | Keep a pre-printed manual boarding pass stock of at least 2,000 per major port
N N Y PARTIAL | Hyacintha Appiah-Lund |  | Improve the escalation path to the vendor
Y Y Y PREVENTS | h.appiah-lund (IT ops) | 2013-03-31 | Put leap second and every other announced time event into the change calendar with a named owner and a rollback plan
Y Y N DETECTS | Vendor management | 2012-10-15 | Require the provider to report each outage over 15 minutes within 48 hours with a root cause and a recurrence fix
""",
    ww="""
C | Hyacintha's switch to manual check-in at 10:20 kept flights leaving, with delays mostly under two hours.
V | Staff were very helpful with passengers.
C | The platform was back within about an hour once the servers were restarted with a clock reset.
""",
))

S.append(dict(
    url="https://www.wired.com/2012/07/leap-second-glitch-explained/",
    people=["Corwin Adeyemi-Strand", "Scholastica Loukotka", "Isembard Wakefield-Oduya", "Brunhilda Hennessey"],
    blame="""
B failure-verb | corwin ignored the leap second warning in the ops channel because "it's just one second lol".
B passive-agent | the cassandra restart was botched by isembard - he restarted without setting the clock so it went straight back to 100%.
B counterfactual | if scholastica had read the ntp notice on friday we wouldn't have spent 40 minutes blaming amazon.
B group-blame | ops team was busy firefighting the aws thing and nobody paid attention, typical.
B sarcasm | "it looked like the network" - sure, everything looks like the network when you don't check top.
B self-blame | ugh i dismissed the ntp warning friday, that one is completely my fault.
B competence | a junior admin would've checked the cpu first, not blame the cloud provider for half an hour.
B rhetorical-question | why did corwin not even look at the kernel version list before midnight GMT?
B nobody-blame | nobody on the team bothered to check the java processes until the site had been dead for half an hour.
O system-failure | after the leap second the hrtimer subsystem in the linux kernel left futex waits spinning, and java processes went to 100% CPU.
O actor-neutral | brunhilda ran `date -s "$(date)"` on one box at 00:40 and the load dropped right away, so we did the rest.
O policy-subject | the runbook, which Scholastica keeps, has no section about time events at all.
O org-subject | several sites including reddit, mozilla and gawker reported problems the same night.
O system-should | the ntp daemon should have logged the leap-second insertion at warning level instead of info.
O meta-blameless | "we should have known" is easy to type today; the real question is why no test exercises the leap-second path.
O neutral-fact | the leap second was added at midnight UTC as 30 june turned into 1 july 2012.
O quoted-question | what would have told us within 5 minutes that this was clocks and not network?
O agentless-passive | the cassandra nodes were restarted and the clocks were set, and the site came back after about an hour.
""",
    actions="""
Y Y Y PREVENTS | Scholastica Loukotka | 2012-07-31 | Upgrade the kernel on all 80 app and cassandra hosts to a version with the hrtimer leap-second fix
N N N PARTIAL | ops |  | Be more careful around leap seconds
Y Y Y DETECTS | @bhennessey | 2012-07-15 | Add a dashboard panel of CPU per java process next to network throughput so the two can be told apart at a glance
N Y Y PARTIAL | Corwin Adeyemi-Strand | 2012-08-01 | Look into the ntp configuration
Y Y N PREVENTS | infra team | 2012-12-31 | Run ntpd in slew mode on every host so that a leap second is applied over time, not as a step
Y N N DETECTS | the on-call |  | Check the ntp leap indicator on all hosts each day in the week before a scheduled leap second
N N N DETECTS | we |  | Monitor better
Y Y Y PARTIAL | i.wakefield-oduya (SRE) | 2012-07-20 | Write a runbook entry "all java at 100% CPU after midnight UTC" with the date -s fix and the check that confirms it
N Y N PARTIAL |  |  | Reconsider our dependence on cassandra
Y Y N DETECTS | TBD | 2012-09-30 | Page when more than 20% of app hosts exceed 90% CPU while request rate is flat
N N Y PARTIAL | Isembard Wakefield-Oduya |  | Try to spot this kind of thing faster
Y Y N PREVENTS | Platform team | 2013-01-31 | Simulate the next leap second on a staging cluster with a faked ntp leap flag and block the release if any process spins
N Y N PARTIAL | everyone | 2012-07-10 | Read the upstream announcements
""",
    ww="""
C | brunhilda found the date -s workaround at 00:40 and it brought every host back without a reboot.
V | good job everyone, great vibes on the call.
C | the status tweet went out 12 minutes after the first alert and told users it was a backend problem.
C | the amazon theory was ruled out in 30 minutes by checking the load on hosts outside that region.
""",
))
