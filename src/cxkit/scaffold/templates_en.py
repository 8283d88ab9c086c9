"""English templates for `cxkit new`: the method, taught in YAML comments.

Placeholders use string.Template syntax; each ``${...}`` receives a YAML
scalar already quoted by the caller.
"""

PERSONA = """\
# Persona: one person who stands for one segment of the real people you serve: customers,
# users, or the residents and applicants of a public service.
#
# How to fill it in:
# - Start from research, not imagination. Put what you learned from under `sources`
#   (interviews, surveys, analytics, support tickets, sales or case data) and let every trait
#   say which source it rests on:
#       - text: Orders on her phone after 21:00, when the children are asleep
#         sources: [interviews]
#   A trait without a source is an assumption: check it, or mark it as one with a comment
#   after it (`- Pays with Apple Pay  # hypothesis: check in the interviews`). Never list an
#   assumption under `sources`: they are research only.
# - Be specific. "Lives in a big city", "values quality" or "aged 30-40" fit millions
#   of people. Write what you observed: a place, a number, a frequency, a named shop,
#   app or channel.
# - Replace every TODO; `cxkit lint` lists the ones that are left.
# - Keep it alive: set `reviewed` whenever you check it against new research.
kind: persona
id: ${id}
name: ${name}
lang: en
# The team or person who keeps this persona up to date.
owner: "TODO: team or person who keeps this persona current"
# Two sentences: who this is and what they are trying to get done.
summary: ${summary}
# Who they are on paper. Keep only what changes how you design, sell, serve or talk to them.
demographics:
  # age: 34     # one number, or a narrow range such as "32-36"
  location: "TODO: a real place (city and district), not 'a big city'"
  occupation: "TODO: job, and the kind of employer or business"
  household: "TODO: who they live with"
  # gender, education and income are optional too; write income as an amount, not "average"
# The social and cultural side: what they value, how they live, what they think.
psychographics:
  values:
    - text: "TODO: a value, shown by something they actually do"
      sources: [interviews]
  lifestyle:
    - text: "TODO: a routine with a time, a place or a frequency"
      sources: [interviews]
# What they want to achieve, in their words, with a measure where you have one.
goals:
  - text: ${goal}
    sources: [interviews]
# What they need from a product or service like yours to reach those goals.
needs:
  - text: "TODO: what they need from you to get there"
    sources: [interviews]
# What gets in their way today: moments that cost them time, money or nerves.
pain_points:
  - text: ${pain_point}
    sources: [interviews]
# Why they act: what pushes them to change something now.
motivations:
  - text: "TODO: the event or pressure that makes them act"
    sources: [interviews]
# How they behave: how they look for information, compare and decide to buy, sign up or
# apply (research or impulse?).
behaviours:
  - text: "TODO: an observed habit, with how often or where"
    sources: [interviews]
# Where you can reach them: named media, communities, shops, offices, apps, people they trust.
channels:
  - text: "TODO: a named channel, not just 'social media'"
    sources: [interviews]
# What they expect from an organisation like yours (a brand, an office): service, cost, speed, tone.
expectations:
  - text: "TODO: an expectation you could fail or meet"
    sources: [interviews]
# One sentence they actually said, word for word.
quote: "TODO: a sentence from an interview, in their own words"
# The research this persona rests on. Traits cite these ids in `sources: [...]`.
# type is one of: interview, survey, analytics, focus-group, sales-data, support,
# desk-research, other.
sources:
  - id: interviews
    type: interview
    # date: ${today}     # when the research was done (YYYY-MM-DD)
    # n: 8     # how many people took part
    note: "TODO: what was done, with whom, and where the notes are"
# reviewed: ${today}     # the date you last checked this persona against research
"""

NEGATIVE_PERSONA = """\
# Negative persona: someone who is NOT your customer or user, and why.
#
# Describing who you do not serve keeps your personas honest: it shows which traits really
# tell the people you serve apart, saves money spent on people who will never buy or use it,
# and stops the "it is for everyone" wishful thinking.
#
# How to fill it in:
# - Answer the questions in the comments below, one trait per answer.
# - Rest each answer on research (lost deals, cancellations, dropped applications, support
#   tickets, interviews) and cite it: `sources: [interviews]`.
# - Be specific, and do not copy traits from your personas: a trait both share cannot
#   tell them apart.
# - Replace every TODO; `cxkit lint` lists the ones that are left.
kind: negative-persona
id: ${id}
name: ${name}
lang: en
# The team or person who keeps this document up to date.
owner: "TODO: team or person who keeps this document current"
# Two sentences: who this is, and why they are not your customer or user.
summary: ${summary}
demographics:
  # age: 52     # one number, or a narrow range such as "50-55"
  location: "TODO: a real place (city and district)"
  occupation: "TODO: job, and the kind of employer or business"
# How they choose and how they would use what you offer. Do they research before buying or
# applying (and rule you out), or act on impulse? How would they use the product or service,
# if at all?
behaviours:
  - text: "TODO: how they look for, compare and choose products or services like yours"
    sources: [interviews]
# Why they will not buy or use it. Answer each question that applies:
# - For whom is it too expensive (a price, a fee, the time it takes), or too cheap to be trusted?
# - Who will not understand it: its purpose, its language, its value?
# - For whom is it too complicated, too contrived or simply unnecessary?
# - Whose habits (of buying, of dealing with offices) work against it?
reasons:
  - text: ${reason}
    sources: [interviews]
  - text: "TODO: for whom is it too complicated or unnecessary?"
    sources: [interviews]
# What they use instead: a competitor, another office, a spreadsheet, a habit, a person, nothing.
substitutes:
  - text: "TODO: what they use instead"
    sources: [interviews]
# What would make them buy or take it up after all (and is it worth it for you?).
purchase_triggers:
  - text: "TODO: the event that would make them buy or take it up"
    sources: [interviews]
# What makes them stop halfway: the step, price, form or question where they give up.
abandon_triggers:
  - text: "TODO: the moment they walk away"
    sources: [interviews]
# The research this document rests on. Traits cite these ids in `sources: [...]`.
# type is one of: interview, survey, analytics, focus-group, sales-data, support,
# desk-research, other.
sources:
  - id: interviews
    type: interview
    # date: ${today}     # when the research was done (YYYY-MM-DD)
    # n: 8     # how many people took part
    note: "TODO: what was done, with whom, and where the notes are"
# reviewed: ${today}     # the date you last checked this document against research
"""

_STAGE = """\
  # ${hint}
  - id: ${stage_id}
    name: ${stage_name}
    goal: "TODO: what ${who} wants to get done at this stage"
    touchpoints:
      - channel: "TODO: where it happens (${channels})"
        description: "TODO: what happens there"
    doing: "TODO: what they do"
    thinking: "TODO: what they think or ask themselves"
    feeling: "TODO: what they feel"
    emotion: 0     # from -2 (very negative) to +2 (very positive); set it from research
    barriers:
      - "TODO: what stops them or slows them down here"
    opportunities:
      - action: "TODO: what you will change to remove the barrier"
        owner: "TODO: the team or person who does it"
        # due: ${today}     # by when (YYYY-MM-DD)
        status: idea
"""

STAGES = (
    ("awareness", "Awareness", "Awareness: how the customer first learns that you exist (an ad, a search, a friend)."),
    ("consideration", "Consideration", "Consideration: how they compare you with the alternatives, and what they compare."),
    ("decision", "Decision", "Decision: what finally makes them choose you, or someone else."),
    ("purchase", "Purchase", "Purchase: paying, ordering, signing; every extra step here costs customers."),
    ("post-purchase", "Post-purchase", "Post-purchase: delivery, first use, setup, support; where opinions form."),
    ("loyalty", "Loyalty", "Loyalty: what brings them back for the next purchase, or drives them away."),
    ("advocacy", "Advocacy", "Advocacy: when and where they recommend you, or warn others off."),
)

#: The stages a public service, or any service that is not a purchase, goes through (`--stages service`):
#: from the need, through the application and the wait, to the outcome and living with it.
SERVICE_STAGES = (
    ("need", "Need",
     "Need: what makes them have to get it done (a document expires, a child starts school, a move, a letter)."),
    ("finding-out", "Finding out",
     "Finding out: where they learn what to do, whether they are eligible, what to bring (website, helpline, friends)."),
    ("preparing", "Getting ready",
     "Getting ready: documents, the form, signing in, booking an appointment; where people most often get lost."),
    ("applying", "Applying",
     "Applying: online, at a counter or by post; how they know the application arrived."),
    ("waiting", "Waiting",
     "Waiting: what they know about progress, whether they are asked for more, how long it takes."),
    ("outcome", "Outcome",
     "Outcome: how the decision, document or refusal reaches them, whether they understand it, what they can do next."),
    ("using", "Using it",
     "Using it: living with the result: using the document or benefit, renewing it, appealing, telling others."),
)

#: The words of the journey template that differ between the stage sets: the funnel's speak of a
#: customer and a brand, the service's of the person who gets something done.
WORDING = {
    "funnel": {
        "intro": "# Customer journey map: the path one persona takes, from first hearing of you to\n"
                 "# recommending you.",
        "whose": "the customer's", "meets": "you", "who": "the customer", "fit": "business",
        "channels": "web, app, store, call centre, e-mail...",
        "goal_comment": "What the customer wants to have achieved at the end of the journey.",
    },
    "service": {
        "intro": "# Service journey map: the path one persona takes to get something done, from the need,\n"
                 "# through the application and the wait, to the outcome and living with it.",
        "whose": "the person's", "meets": "the service", "who": "the person", "fit": "service",
        "channels": "website, online form, counter, helpline, letter...",
        "goal_comment": "What the person wants to have done at the end of the journey.",
    },
}

JOURNEY = """\
${intro}
#
# How to fill it in:
# - Look through ${whose} eyes, not your org chart: what they do, think and feel.
# - For every stage note the touchpoints (where they meet ${meets}), the emotion from -2 to +2,
#   the barriers that stop them, and pain points and love points if you know them.
# - Every barrier deserves an opportunity with an owner and a due date: a map that names
#   no one who fixes anything changes nothing.
# - Base it on research (interviews, analytics, support tickets) and review it as things change.
# - Replace every TODO; `cxkit lint` lists the ones that are left.
kind: journey
id: ${id}
name: ${name}
lang: en
# The team or person who keeps this map up to date.
owner: "TODO: team or person who keeps this map current"
# The `id` of the persona who takes this journey (a file under your personas folder).
persona: ${persona}
# ${goal_comment}
goal: ${goal}
summary: "TODO: two sentences on what this journey covers"
# reviewed: ${today}     # the date you last checked this map against research
# The research this map rests on. A barrier, pain point, love point or metric cites these
# ids: `- text: Waits a week for the offer` with `sources: [interviews]` under it.
# type is one of: interview, survey, analytics, focus-group, sales-data, support,
# desk-research, other.
sources:
  - id: interviews
    type: interview
    # date: ${today}     # when the research was done (YYYY-MM-DD)
    # n: 8     # how many people took part
    note: "TODO: what was done, with whom, and where the notes are"
# The stages, in the order ${who} lives them. Add, rename or remove stages to fit
# your ${fit}; stages may also list pain_points, love_points and metrics.
stages:
${stages}"""

PROMPTS = {
    "summary": "Summary (two sentences; Enter to leave a TODO)",
    "negative_summary": "Summary: who is this and why are they not a customer or user (Enter to leave a TODO)",
    "goal": "One goal they want to achieve (Enter to leave a TODO)",
    "pain_point": "One pain point they have today (Enter to leave a TODO)",
    "reason": "One reason they will not buy or use it (Enter to leave a TODO)",
    "persona": "Id of the persona who takes this journey (Enter to leave a TODO)",
    "journey_goal": "What the customer wants at the end of the journey (Enter to leave a TODO)",
    "journey_goal.service": "What the person wants to have done at the end of the journey (Enter to leave a TODO)",
    "known_personas": "Personas in this workspace: {ids}",
    "no_personas": "No personas found in this workspace yet.",
    "unknown_persona": "There is no persona with id '{id}' in this workspace; try again or press Enter.",
    "negative_persona": "'{id}' is a negative persona; a journey belongs to a customer persona.",
}

PLACEHOLDERS = {
    "summary": "TODO: who this is and what they are trying to get done, in two sentences",
    "negative_summary": "TODO: who this is and why they are not your customer or user, in two sentences",
    "goal": "TODO: a goal in their words, with a measure where you have one",
    "pain_point": "TODO: a moment that costs them time, money or nerves",
    "reason": "TODO: for whom does it cost too much (money, time), or too little to be trusted?",
    "journey_goal": "TODO: what the customer wants to have achieved at the end",
    "journey_goal.service": "TODO: what the person wants to have done at the end",
}
