"""English example workspace written by `cxkit init`: finished documents that lint clean.

Dates are string.Template placeholders filled in at init time, so the examples
are freshly reviewed and their planned fixes lie in the future.
"""

PERSONA_ID = "maya-bike-commuter"
NEGATIVE_ID = "gary-home-mechanic"
JOURNEY_ID = "maya-books-a-service"

PERSONA = """\
# An example persona written by `cxkit init`: what a finished persona looks like.
# Every trait is something observed (a place, a number, a frequency, a named tool), and
# the key ones cite the research they come from. Replace it with your own customers,
# or delete it once you have written yours (`cxkit new persona "Name"`).
kind: persona
id: maya-bike-commuter
name: Maya Chen
lang: en
owner: Spokes & Co. service desk (Priya Nair)
summary: Hospital pharmacist who rides 9 km each way from Walthamstow to Whipps Cross on a six-year-old hybrid and needs repairs done without losing a shift.
demographics:
  age: 31
  location: Walthamstow, London (flat near Lloyd Park)
  occupation: Pharmacist at Whipps Cross Hospital, on shifts starting at 08:00 or 12:00
  income: £46,000 a year before tax
  household: Lives with her partner, who drives to work; no children
psychographics:
  values:
    - text: Switched from the bus to the bike after the 2023 fare rise and tracks the £1,100 a year it saves her
      sources: [booking-interviews]
  lifestyle:
    - Rides to work four days a week, rain or not, with a spare inner tube in her pannier
goals:
  - text: Have the bike serviced between two shifts, dropping it off at 07:30 and collecting it by 18:30
    sources: [booking-interviews, booking-analytics]
  - Know the full price of a repair before she hands the bike over
needs:
  - text: A booking slot that shows the latest collection time, not only the drop-off time
    sources: [booking-interviews]
pain_points:
  - text: Missed a shift in March when a brake repair took three days while a part was ordered
    sources: [booking-interviews]
  - Waits up to 20 minutes at the counter on Saturday mornings
motivations:
  - text: A squealing rear brake on the Forest Road descent every morning
    sources: [booking-interviews]
behaviours:
  - text: Books services on her phone during the 15-minute break at 10:30
    sources: [booking-analytics]
  - Reads the Google Maps reviews of two or three shops within 2 km of home before booking
channels:
  - The Walthamstow Cycling WhatsApp group (about 400 members)
  - text: Google Maps search for "bike repair near me" on the walk home
    sources: [booking-analytics]
expectations:
  - text: A text message with a quote before any work over £30 starts
    sources: [booking-interviews]
quote: If the bike isn't back by half six, I'm on the bus and late for my shift.
sources:
  - id: booking-interviews
    type: interview
    date: ${recent1}
    n: 9
    note: 30-minute phone interviews with commuters who booked a service in the last six months.
  - id: booking-analytics
    type: analytics
    date: ${recent2}
    note: Booking-page analytics for the last 90 days; time of day and device of every booking.
reviewed: ${today}
"""

NEGATIVE = """\
# An example negative persona written by `cxkit init`: who is NOT a customer, and why.
# `reasons` answers the method's questions (too expensive? not understood? unnecessary?
# research or impulse?), and no trait repeats one of Maya's, so the two are easy to tell apart.
kind: negative-persona
id: gary-home-mechanic
name: Gary Doyle
lang: en
owner: Spokes & Co. service desk (Priya Nair)
summary: Club racer from Chingford who services his own road bike in a garage workshop and only ever buys parts, never labour.
demographics:
  age: 58
  location: Chingford, London (house with a garage workshop)
  occupation: Retired electrician, racing with a local club on Sunday mornings
behaviours:
  - text: Buys parts online after comparing prices on three retailers' websites
    sources: [lost-bookings]
reasons:
  - text: A £65 standard service costs more than the parts he would fit himself in 40 minutes
    sources: [lost-bookings]
  - text: Asked twice to watch the mechanic adjust his gears, because he trusts nobody else with them
    sources: [counter-notes]
  - Never books online; he phones with a technical question and hangs up with the answer
substitutes:
  - His own repair stand, a torque wrench and repair videos on YouTube
purchase_triggers:
  - text: A job that needs a tool he does not own, such as a headset press or a wheel-truing stand
    sources: [counter-notes]
abandon_triggers:
  - text: Hearing that the bike has to stay in the shop overnight
    sources: [lost-bookings]
sources:
  - id: lost-bookings
    type: sales-data
    date: ${recent1}
    n: 37
    note: Phone enquiries from the last quarter that did not end in a booking, with the reason noted by staff.
  - id: counter-notes
    type: support
    date: ${recent2}
    note: Questions and complaints noted at the service counter, tagged by the staff on duty.
reviewed: ${today}
"""

JOURNEY = """\
# An example journey written by `cxkit init`: Maya's path from a squealing brake to
# recommending the shop. Each stage says what she does, thinks and feels, scores the
# emotion from -2 to +2, and every barrier has an opportunity with an owner and a due date.
kind: journey
id: maya-books-a-service
name: Maya books a service between two shifts
lang: en
owner: Spokes & Co. service desk (Priya Nair)
persona: maya-bike-commuter
goal: Get the bike repaired without missing a shift or paying more than she agreed to
summary: From the first noisy ride to telling her cycling group about the shop; based on nine interviews and 90 days of booking analytics.
reviewed: ${today}
stages:
  - id: awareness
    name: Awareness
    goal: Find a shop that can fix the brake this week
    touchpoints:
      - channel: Google Maps
        description: Searches for bike repair on the walk home and sees three shops within 2 km
    doing: Compares star ratings and opening hours on her phone
    thinking: Which of these opens before my 08:00 shift?
    feeling: Uneasy about riding another week with the brake
    emotion: -1
    barriers:
      - Opening hours on the map listing say 09:00, though the desk opens at 07:30
    opportunities:
      - action: Correct the opening hours on the map listing and add the 07:30 drop-off
        owner: Priya Nair (service desk)
        due: ${due1}
        status: planned
  - id: consideration
    name: Consideration
    goal: Check that the repair will be done the same day
    touchpoints:
      - channel: web
        description: Reads the service price list and the booking page
    doing: Looks for the price of a brake service and the collection time
    thinking: Will it be ready by 18:30, and what will it cost in the end?
    feeling: Hopeful, but cautious after the three-day repair in March
    emotion: 0
    barriers:
      - The booking page shows drop-off slots but not when the bike will be ready
    opportunities:
      - action: Show the promised collection time next to every booking slot
        owner: Tom Reid (website)
        due: ${due2}
        status: idea
  - id: decision
    name: Decision
    goal: Choose a slot that fits her shift pattern
    touchpoints:
      - channel: web
        description: Picks the 07:30 drop-off on a day she starts at 12:00
    doing: Books the slot during her 10:30 break
    thinking: If they need a part, I still have the morning to sort it out
    feeling: Relieved to have a plan
    emotion: 1
    opportunities:
      - action: Send a reminder text the evening before, with the drop-off address
        owner: Tom Reid (website)
        due: ${due2}
        status: planned
  - id: purchase
    name: Purchase
    goal: Hand the bike over and agree the price
    touchpoints:
      - channel: store
        description: Drops the bike off at the counter and gets a written quote
    doing: Waits while the mechanic checks the brake and writes the quote
    thinking: Is the quote the whole price, or will there be extras?
    feeling: Rushed, with 20 minutes until her bus
    emotion: -1
    barriers:
      - The quote is written by hand and only given after a five-minute check
    opportunities:
      - action: Text the quote within 30 minutes of drop-off so she can leave straight away
        owner: Priya Nair (service desk)
        due: ${due1}
        status: planned
  - id: post-purchase
    name: Post-purchase
    goal: Collect the bike after her shift, working and at the agreed price
    touchpoints:
      - channel: text message
        description: Gets a message at 16:40 that the bike is ready
      - channel: store
        description: Collects the bike and pays the quoted £48
    doing: Test-rides the bike on the street outside before paying
    thinking: They kept to the price they texted me
    feeling: Pleased and a little surprised
    emotion: 2
    love_points:
      - The final bill matched the texted quote to the penny
    opportunities:
      - action: Add a link to leave a map review to the ready-for-collection message
        owner: Tom Reid (website)
        due: ${due3}
        status: idea
  - id: loyalty
    name: Loyalty
    goal: Keep the bike running through winter without surprises
    touchpoints:
      - channel: e-mail
        description: Receives a reminder about a winter check six months later
    doing: Rebooks the same 07:30 slot for a winter check
    thinking: Same place, same routine, no risk
    feeling: Confident
    emotion: 1
    opportunities:
      - action: Offer a winter-check bundle for commuters, with lights and brake pads at a fixed price
        owner: Priya Nair (service desk)
        due: ${due3}
        status: idea
  - id: advocacy
    name: Advocacy
    goal: Help a colleague find a shop that keeps to its promises
    touchpoints:
      - channel: WhatsApp
        description: Answers a question in the Walthamstow Cycling group
    doing: Recommends the shop and its early drop-off to a nurse from her ward
    thinking: This is the shop that works around shifts
    feeling: Proud of a good tip
    emotion: 2
    opportunities:
      - action: Give a £10 voucher to members of the group who book for the first time
        owner: Priya Nair (service desk)
        due: ${due3}
        status: idea
"""
