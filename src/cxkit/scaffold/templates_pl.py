"""Polskie szablony `cxkit new`: metoda wyłożona w komentarzach YAML.

Placeholders use string.Template syntax; each ``${...}`` receives a YAML
scalar already quoted by the caller.
"""

PERSONA = """\
# Persona: jedna osoba, która reprezentuje jeden segment prawdziwych ludzi, dla których pracujesz:
# klientów, użytkowników albo mieszkańców i wnioskodawców usługi publicznej.
#
# Jak ją wypełnić:
# - Zacznij od badań, nie od wyobraźni. W `sources` wpisz, skąd wiesz to, co wiesz
#   (wywiady, ankiety, analityka, zgłoszenia do obsługi, dane sprzedażowe albo dane o sprawach),
#   a przy każdej cesze podaj źródło, na którym się opiera:
#       - text: Zamawia z telefonu po 21:00, kiedy dzieci już śpią
#         sources: [wywiady]
#   Cecha bez źródła to założenie: sprawdź ją albo oznacz jako hipotezę komentarzem po niej
#   (`- Płaci BLIK-iem  # hipoteza: sprawdzić w wywiadach`). Założenia nie wpisuj do `sources`:
#   tam są tylko badania.
# - Pisz konkretnie. „Mieszka w dużym mieście”, „ceni jakość” czy „30-40 lat” pasują
#   do milionów ludzi. Zapisz to, co zaobserwowano: miejsce, liczbę, częstotliwość,
#   nazwę sklepu, aplikacji albo kanału.
# - Zastąp każde TODO; `cxkit lint` pokaże te, które zostały.
# - Dbaj o aktualność: ustaw `reviewed` za każdym razem, gdy porównasz personę z nowymi badaniami.
kind: persona
id: ${id}
name: ${name}
lang: pl
# Zespół lub osoba, która dba o aktualność tej persony.
owner: "TODO: zespół lub osoba odpowiedzialna za tę personę"
# Dwa zdania: kim jest ta osoba i co chce załatwić.
summary: ${summary}
# Dane metryczkowe. Zostaw to, co zmienia sposób projektowania, sprzedaży, obsługi lub komunikacji.
demographics:
  # age: 34     # jedna liczba albo wąski przedział, np. "32-36"
  location: "TODO: konkretne miejsce (miasto i dzielnica), nie „duże miasto”"
  occupation: "TODO: zawód i rodzaj pracodawcy lub firmy"
  household: "TODO: z kim mieszka"
  # gender, education i income też są opcjonalne; dochód podaj kwotą, nie „przeciętny”
# Psychografia: strona społeczna i kulturowa, czyli wartości, styl życia i postawy.
psychographics:
  values:
    - text: "TODO: wartość pokazana przez coś, co ta osoba naprawdę robi"
      sources: [wywiady]
  lifestyle:
    - text: "TODO: nawyk z porą dnia, miejscem albo częstotliwością"
      sources: [wywiady]
# Co chce osiągnąć, jej słowami, z miarą, jeśli ją znasz.
goals:
  - text: ${goal}
    sources: [wywiady]
# Czego potrzebuje od produktu lub usługi takich jak Twoje, żeby osiągnąć te cele.
needs:
  - text: "TODO: czego potrzebuje od Ciebie, żeby to osiągnąć"
    sources: [wywiady]
# Co jej dziś przeszkadza: momenty, które kosztują czas, pieniądze albo nerwy.
pain_points:
  - text: ${pain_point}
    sources: [wywiady]
# Dlaczego działa: co popycha ją do zmiany właśnie teraz.
motivations:
  - text: "TODO: wydarzenie albo presja, która skłania ją do działania"
    sources: [wywiady]
# Jak się zachowuje: jak szuka informacji, porównuje i decyduje, czy kupić, zapisać się albo
# złożyć wniosek (research czy impuls?).
behaviours:
  - text: "TODO: zaobserwowany nawyk, z tym jak często albo gdzie"
    sources: [wywiady]
# Gdzie do niej dotrzesz: nazwane media, społeczności, sklepy, urzędy, aplikacje, zaufane osoby.
channels:
  - text: "TODO: nazwany kanał (serwis, grupa, sklep, aplikacja), a nie ogólna kategoria"
    sources: [wywiady]
# Czego oczekuje od organizacji takiej jak Twoja (marki, urzędu): obsługi, kosztu, szybkości, tonu.
expectations:
  - text: "TODO: oczekiwanie, które możesz spełnić albo zawieść"
    sources: [wywiady]
# Jedno zdanie, które ta osoba naprawdę powiedziała, słowo w słowo.
quote: "TODO: zdanie z wywiadu, jej własnymi słowami"
# Badania, na których opiera się persona. Cechy powołują się na te id w `sources: [...]`.
# type to jedno z: interview, survey, analytics, focus-group, sales-data, support,
# desk-research, other.
sources:
  - id: wywiady
    type: interview
    # date: ${today}     # kiedy przeprowadzono badanie (RRRR-MM-DD)
    # n: 8     # ile osób wzięło udział
    note: "TODO: co zrobiono, z kim i gdzie leżą notatki"
# reviewed: ${today}     # data ostatniego porównania persony z badaniami
"""

NEGATIVE_PERSONA = """\
# Persona negatywna: ktoś, kto NIE jest Twoim klientem ani odbiorcą Twojej usługi, i dlaczego.
#
# Opis tych, do których nie kierujesz oferty, trzyma persony w ryzach: pokazuje, które
# cechy naprawdę odróżniają ludzi, dla których pracujesz, oszczędza budżet wydawany na ludzi,
# którzy nigdy nie kupią ani nie skorzystają, i chroni przed myśleniem „to jest dla wszystkich”.
#
# Jak ją wypełnić:
# - Odpowiedz na pytania z komentarzy poniżej, jedna cecha na odpowiedź.
# - Oprzyj każdą odpowiedź na badaniach (utracone transakcje, rezygnacje, porzucone wnioski,
#   zgłoszenia, wywiady) i podaj źródło: `sources: [wywiady]`.
# - Pisz konkretnie i nie kopiuj cech z person: cecha wspólna dla obu niczego nie odróżnia.
# - Zastąp każde TODO; `cxkit lint` pokaże te, które zostały.
kind: negative-persona
id: ${id}
name: ${name}
lang: pl
# Zespół lub osoba, która dba o aktualność tego opisu.
owner: "TODO: zespół lub osoba odpowiedzialna za ten opis"
# Dwa zdania: kim jest ta osoba i dlaczego nie jest Twoim klientem ani odbiorcą.
summary: ${summary}
demographics:
  # age: 52     # jedna liczba albo wąski przedział, np. "50-55"
  location: "TODO: konkretne miejsce (miasto i dzielnica)"
  occupation: "TODO: zawód i rodzaj pracodawcy lub firmy"
# Jak wybiera i jak korzystałaby z tego, co oferujesz. Czy przed zakupem albo wnioskiem
# robi research (i w ten sposób Cię odrzuca), czy działa pod wpływem impulsu?
# Jak używałaby produktu albo korzystała z usługi, jeśli w ogóle?
behaviours:
  - text: "TODO: jak szuka, porównuje i wybiera produkty lub usługi takie jak Twoje"
    sources: [wywiady]
# Dlaczego nie kupi ani nie skorzysta. Odpowiedz na pytania, które jej dotyczą:
# - Dla kogo to za drogie (cena, opłata, stracony czas), a dla kogo za tanie, żeby temu zaufać?
# - Kto tego nie zrozumie: celu, języka, wartości?
# - Dla kogo to zbyt skomplikowane, wydumane albo po prostu zbędne?
# - Czyje zwyczaje (zakupowe, załatwiania spraw) temu nie sprzyjają?
reasons:
  - text: ${reason}
    sources: [wywiady]
  - text: "TODO: dla kogo to zbyt skomplikowane albo zbędne?"
    sources: [wywiady]
# Czego używa zamiast: konkurencji, innego urzędu, arkusza, nawyku, innej osoby, niczego.
substitutes:
  - text: "TODO: czego używa zamiast"
    sources: [wywiady]
# Co mimo wszystko skłoniłoby ją do zakupu albo skorzystania z usługi (i czy Ci się to opłaca?).
purchase_triggers:
  - text: "TODO: wydarzenie, które skłoniłoby ją do zakupu albo skorzystania"
    sources: [wywiady]
# Co sprawia, że przerywa zakup albo wniosek: krok, cena, formularz lub pytanie.
abandon_triggers:
  - text: "TODO: moment, w którym rezygnuje"
    sources: [wywiady]
# Badania, na których opiera się ten opis. Cechy powołują się na te id w `sources: [...]`.
# type to jedno z: interview, survey, analytics, focus-group, sales-data, support,
# desk-research, other.
sources:
  - id: wywiady
    type: interview
    # date: ${today}     # kiedy przeprowadzono badanie (RRRR-MM-DD)
    # n: 8     # ile osób wzięło udział
    note: "TODO: co zrobiono, z kim i gdzie leżą notatki"
# reviewed: ${today}     # data ostatniego porównania opisu z badaniami
"""

_STAGE = """\
  # ${hint}
  - id: ${stage_id}
    name: ${stage_name}
    goal: "TODO: co ${who} chce załatwić na tym etapie"
    touchpoints:
      - channel: "TODO: gdzie to się dzieje (${channels})"
        description: "TODO: co się tam dzieje"
    doing: "TODO: co robi"
    thinking: "TODO: co myśli, o co się pyta"
    feeling: "TODO: co czuje"
    emotion: 0     # od -2 (bardzo źle) do +2 (bardzo dobrze); ustal na podstawie badań
    barriers:
      - "TODO: co tu zatrzymuje albo spowalnia ${whom}"
    opportunities:
      - action: "TODO: co zmienisz, żeby usunąć barierę"
        owner: "TODO: zespół lub osoba, która to zrobi"
        # due: ${today}     # do kiedy (RRRR-MM-DD)
        status: idea
"""

STAGES = (
    ("awareness", "Świadomość", "Świadomość: jak klient dowiaduje się, że istniejesz (reklama, wyszukiwarka, znajomy)."),
    ("consideration", "Rozważanie", "Rozważanie: jak porównuje Cię z alternatywami i co porównuje."),
    ("decision", "Decyzja", "Decyzja: co ostatecznie przesądza o wyborze Ciebie albo kogoś innego."),
    ("purchase", "Zakup", "Zakup: płatność, zamówienie, podpis; każdy zbędny krok kosztuje tu klientów."),
    ("post-purchase", "Po zakupie", "Po zakupie: dostawa, pierwsze użycie, obsługa; tu powstaje opinia."),
    ("loyalty", "Lojalność", "Lojalność: co sprowadza klienta z powrotem po kolejny zakup, a co go odstrasza."),
    ("advocacy", "Polecanie", "Polecanie: kiedy i gdzie poleca Cię innym albo przed Tobą ostrzega."),
)

#: The stages a public service, or any service that is not a purchase, goes through (`--stages service`):
#: from the need, through the application and the wait, to the outcome and what is done with it.
#: The service's wording speaks of "ta osoba" (the persona), so its forms are feminine throughout
#: ("co ją zatrzymuje", "czy jej to przysługuje", "co dostała"), and of the journey as a "ścieżka".
SERVICE_STAGES = (
    ("need", "Potrzeba",
     "Potrzeba: co sprawia, że musi to załatwić (wygasa dokument, przeprowadzka, dziecko idzie do przedszkola)."),
    ("finding-out", "Szukanie informacji",
     "Szukanie informacji: skąd wie, co zrobić, czy jej to przysługuje i co przygotować (strona, infolinia, znajomi)."),
    ("preparing", "Przygotowanie",
     "Przygotowanie: dokumenty, formularz, logowanie, umówienie wizyty; tu najczęściej się gubi."),
    ("applying", "Złożenie wniosku",
     "Złożenie wniosku: przez internet, w okienku albo pocztą; skąd wie, że wniosek dotarł."),
    ("waiting", "Oczekiwanie",
     "Oczekiwanie: co wie o postępie sprawy, czy musi coś uzupełnić, ile to trwa."),
    ("outcome", "Decyzja",
     "Decyzja: jak dostaje wynik (decyzję, dokument, odmowę), czy go rozumie i co może zrobić dalej."),
    ("using", "Korzystanie",
     "Korzystanie: co robi z tym, co dostała: używa dokumentu lub świadczenia, przedłuża je, odwołuje się, mówi o tym innym."),
)

#: The words of the journey template that differ between the stage sets: the funnel's speak of a
#: customer and a brand, the service's of the person who gets something done.
WORDING = {
    "funnel": {
        "intro": "# Mapa podróży klienta: droga, którą przechodzi jedna persona, od pierwszego kontaktu\n"
                 "# z marką do polecania jej innym.",
        "whose": "klienta", "org": "firmy", "meets": "spotyka markę", "who": "klient", "fit": "branży",
        "whom": "klienta", "this_journey": "tę podróż", "this_journey_nom": "ta podróż",
        "channels": "strona, aplikacja, sklep, infolinia, e-mail...",
        "goal_comment": "Co klient chce mieć osiągnięte na końcu podróży.",
    },
    "service": {
        "intro": "# Mapa ścieżki usługi: droga, którą przechodzi jedna persona, żeby coś załatwić: od potrzeby,\n"
                 "# przez wniosek i oczekiwanie, do decyzji i korzystania z tego, co załatwiła.",
        "whose": "tej osoby", "org": "urzędu czy firmy", "meets": "styka się z usługą", "who": "ta osoba",
        "fit": "usługi", "channels": "strona, e-usługa, okienko, infolinia, list...",
        "whom": "tę osobę", "this_journey": "tę ścieżkę", "this_journey_nom": "ta ścieżka",
        "goal_comment": "Co ta osoba chce mieć załatwione na końcu ścieżki.",
    },
}

JOURNEY = """\
${intro}
#
# Jak ją wypełnić:
# - Patrz oczami ${whose}, a nie przez schemat organizacyjny ${org}: co robi, myśli i czuje.
# - Na każdym etapie zapisz punkty styku (gdzie ${meets}), emocję od -2 do +2,
#   bariery, które zatrzymują ${whom}, a jeśli je znasz, także pain pointy i love pointy.
# - Każda bariera zasługuje na szansę poprawy z właścicielem i terminem: mapa, która nie
#   wskazuje, kto, kiedy i jak coś naprawi, niczego nie zmienia.
# - Opieraj ją na badaniach (wywiady, analityka, zgłoszenia) i aktualizuj, gdy sytuacja się zmienia.
# - Zastąp każde TODO; `cxkit lint` pokaże te, które zostały.
kind: journey
id: ${id}
name: ${name}
lang: pl
# Zespół lub osoba, która dba o aktualność tej mapy.
owner: "TODO: zespół lub osoba odpowiedzialna za tę mapę"
# `id` persony, która przechodzi ${this_journey} (plik w folderze z personami).
persona: ${persona}
# ${goal_comment}
goal: ${goal}
summary: "TODO: dwa zdania o tym, co obejmuje ${this_journey_nom}"
# reviewed: ${today}     # data ostatniego porównania mapy z badaniami
# Badania, na których opiera się mapa. Bariera, pain point, love point czy miara powołuje się
# na te id: `- text: Czeka tydzień na ofertę`, a pod tym `sources: [wywiady]`.
# type to jedno z: interview, survey, analytics, focus-group, sales-data, support,
# desk-research, other.
sources:
  - id: wywiady
    type: interview
    # date: ${today}     # kiedy przeprowadzono badanie (RRRR-MM-DD)
    # n: 8     # ile osób wzięło udział
    note: "TODO: co zrobiono, z kim i gdzie leżą notatki"
# Etapy w kolejności, w jakiej przeżywa je ${who}. Dodaj, zmień lub usuń etapy, by pasowały
# do Twojej ${fit}; etap może mieć też pain_points, love_points i metrics.
stages:
${stages}"""

PROMPTS = {
    "summary": "Podsumowanie (dwa zdania; Enter zostawia TODO)",
    "negative_summary": "Podsumowanie: kim jest i dlaczego nie jest klientem ani odbiorcą (Enter zostawia TODO)",
    "goal": "Jeden cel, który chce osiągnąć (Enter zostawia TODO)",
    "pain_point": "Jeden problem, który ma dziś (Enter zostawia TODO)",
    "reason": "Jeden powód, dla którego nie kupi ani nie skorzysta (Enter zostawia TODO)",
    "persona": "Id persony, która przechodzi tę podróż (Enter zostawia TODO)",
    "journey_goal": "Co klient chce osiągnąć na końcu podróży (Enter zostawia TODO)",
    "journey_goal.service": "Co ta osoba chce mieć załatwione na końcu ścieżki (Enter zostawia TODO)",
    "known_personas": "Persony w tym projekcie: {ids}",
    "no_personas": "W tym projekcie nie ma jeszcze person.",
    "unknown_persona": "W tym projekcie nie ma persony o id „{id}”; spróbuj jeszcze raz albo naciśnij Enter.",
    "negative_persona": "„{id}” to persona negatywna; podróż należy do persony klienta.",
}

PLACEHOLDERS = {
    "summary": "TODO: kim jest ta osoba i co chce załatwić, w dwóch zdaniach",
    "negative_summary": "TODO: kim jest ta osoba i dlaczego nie jest Twoim klientem ani odbiorcą, w dwóch zdaniach",
    "goal": "TODO: cel jej słowami, z miarą, jeśli ją znasz",
    "pain_point": "TODO: moment, który kosztuje ją czas, pieniądze albo nerwy",
    "reason": "TODO: dla kogo to za drogie, a dla kogo za tanie, żeby temu zaufać?",
    "journey_goal": "TODO: co klient chce mieć osiągnięte na końcu podróży",
    "journey_goal.service": "TODO: co ta osoba chce mieć załatwione na końcu ścieżki",
}
