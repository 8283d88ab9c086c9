"""The schema's hover text in Polish: what `cxkit schema --lang pl` says of each model and field.

The English text lives beside each field in the models (``Field(description=..., examples=...)``);
this table gives the same, in Polish, with Polish examples. Keys are ``Model.field`` (a model's own
description under ``Model``); a negative persona's shared fields are found under ``Persona``.
tests/test_schema_lang_s33.py checks that every field the models have is here, and nothing else.
"""

from __future__ import annotations

from typing import Any

#: ``Model.field`` → (description, examples); ``Model`` → (description, None).
POLISH: dict[str, tuple[str, list[Any] | None]] = {
    # Models.
    "Persona": ("Persona klienta: osoba, która reprezentuje jeden segment prawdziwych klientów.", None),
    "NegativePersona": ("Persona negatywna: kto NIE jest klientem i dlaczego.", None),
    "JourneyMap": ("Mapa ścieżki klienta: etapy, przez które przechodzi jedna persona.", None),
    "Stage": ("Jeden etap ścieżki, z punktu widzenia klienta.", None),
    "Touchpoint": ("Punkt styku: gdzie klient spotyka markę (kanał) i co się tam dzieje.", None),
    "Opportunity": ("Usprawnienie dla bariery lub bolączki: kto, co i do kiedy.", None),
    "Demographics": ("Kim ta osoba jest na papierze. Każde pole jest opcjonalne.", None),
    "Psychographics": ("Wartości, zainteresowania i postawy: strona społeczna i kulturowa.", None),
    "Trait": ("Cecha osoby: zwykły tekst albo tekst ze wskazaniem źródeł.", None),
    "Source": ("Badanie, na którym opiera się dokument.", None),
    # A persona (and the fields a negative persona shares with it).
    "Persona.kind": ("Rodzaj dokumentu: persona klienta.", ["persona"]),
    "Persona.id": ("Identyfikator (slug), jedyny w całym obszarze roboczym; ścieżki wskazują nim personę.",
                   ["pawel-programista-audiofil"]),
    "Persona.name": ("Imię i nazwisko osoby, tak by czytelnik ją zapamiętał.", ["Paweł Czerski"]),
    "Persona.lang": ("Język tekstu (kod ISO 639-1: pl, en); zgadywany, gdy go brak.", ["pl"]),
    "Persona.owner": ("Kto dba o aktualność dokumentu.", ["Zespół CX sklepu Pasmo (Marta Jezierska)"]),
    "Persona.summary": ("Jedno lub dwa zdania, które czytelnik zapamięta: kto to jest i do czego dąży.",
                        ["Programista z Gdańska, który słucha muzyki w słuchawkach po 22:00, gdy córki śpią."]),
    "Persona.demographics": ("Kim osoba jest na papierze: wiek, miejsce, praca, dochód, gospodarstwo domowe.",
                             [{"age": 38, "location": "Gdańsk, Wrzeszcz", "occupation": "Senior backend developer"}]),
    "Persona.psychographics": ("Wartości, zainteresowania, osobowość, styl życia i postawy: strona społeczna i "
                               "kulturowa.", [{"values": ["Woli naprawić niż kupić nowe, nawet gdy to drożej"]}]),
    "Persona.goals": ("Co chce osiągnąć, na tyle konkretnie, by dało się to sprawdzić; wskaż źródła, które to mówią.",
                      [["Wymienić trzeszczące słuchawki na otwarte do 2 500 zł, które zagrają z jego DAC-iem"]]),
    "Persona.needs": ("Czego potrzebuje od Was, żeby osiągnąć swoje cele.",
                      [["Pomiarów słuchawek, którym może wierzyć bardziej niż opisom producenta"]]),
    "Persona.pain_points": ("Co dziś boli, w jego sytuacji i jego słowami, a nie funkcja, której Wam brakuje.",
                            [["Zwrot rozpakowanych słuchawek w sklepie stacjonarnym to godzina kłótni"]]),
    "Persona.motivations": ("Dlaczego działa: co napędza jego cele.",
                            [["Chce mieć godzinę dla siebie po dniu pracy i usypianiu córek"]]),
    "Persona.behaviours": ("Co widocznie robi (pisownia brytyjska: behaviours), tak jak to zaobserwowano w "
                           "badaniach, a nie co deklaruje.",
                           [["Przed zakupem powyżej 500 zł zakłada arkusz porównawczy w Google Sheets"]]),
    "Persona.channels": ("Gdzie można do niego dotrzeć: nazwane media, fora, aplikacje, miejsca.",
                         [["Dział „Słuchawki” na forum Audiostereo"]]),
    "Persona.expectations": ("Czego oczekuje od marki takiej jak Wasza.",
                             [["Odpowiedzi na pytanie techniczne w ciągu jednego dnia roboczego"]]),
    "Persona.quote": ("Coś, co powiedział prawdziwy rozmówca albo mógłby powiedzieć: jego słowa, nie hasło.",
                      ["Nie płacę za logo, płacę za to, co słyszę."]),
    "Persona.sources": ("Badania, na których opiera się persona; identyfikatory jedyne w pliku, cechy je "
                        "wskazują.", [[{"id": "wywiady-2026-09", "type": "interview", "date": "2026-09-18",
                                        "n": 12}]]),
    "Persona.status": ("Etap życia dokumentu: draft (szkic, w pracy), active (w użyciu; domyślnie) albo retired "
                       "(wycofana, zostaje do wglądu: nie wymaga przeglądu i nie opiera się na niej nowych ścieżek).",
                       ["active"]),
    "Persona.reviewed": ("Data ostatniego przeglądu z badaniami (RRRR-MM-DD).", ["2026-03-14"]),
    # A negative persona's own fields.
    "NegativePersona.kind": ("Rodzaj dokumentu: kto nie jest klientem i dlaczego.", ["negative-persona"]),
    "NegativePersona.reasons": ("Dlaczego ta osoba nie należy do odbiorców, dla których projektujecie, tak jak "
                                "pokazują to badania.", [["Kupuje tylko na wyprzedażach, bez względu na markę"]]),
    "NegativePersona.substitutes": ("Czego używa zamiast Waszego produktu lub usługi.",
                                    [["Słuchawek dołączonych do telefonu"]]),
    "NegativePersona.purchase_triggers": ("Co mimo wszystko skłoniłoby ją do zakupu (u kogokolwiek).",
                                          [["Obniżka ceny o co najmniej 40%"]]),
    "NegativePersona.abandon_triggers": ("Co sprawia, że rezygnuje z rozpoczętego zakupu.",
                                         [["Jakakolwiek opłata za dostawę w koszyku"]]),
    # Demographics and psychographics.
    "Demographics.age": ("Wiek w latach: liczba (38 albo w cudzysłowie: \"38\") lub wąski przedział (\"35-39\", "
                         "\"65+\"); przedział szerszy niż dekada opisuje segment, a nie osobę.", [38, "35-39"]),
    "Demographics.gender": ("Płeć, tak jak zapisano ją w badaniach.", ["mężczyzna"]),
    "Demographics.location": ("Gdzie mieszka: nazwane miejsce, a nie kategoria w rodzaju „duże miasto”.",
                              ["Gdańsk, Wrzeszcz"]),
    "Demographics.education": ("Co i gdzie studiował, nie tylko poziom wykształcenia.",
                               ["mgr inż. informatyki, Politechnika Gdańska"]),
    "Demographics.occupation": ("Z czego się utrzymuje: zawód i miejsce pracy, nie samo stanowisko.",
                                ["Senior backend developer w software housie, zdalnie 4 dni w tygodniu"]),
    "Demographics.income": ("Dochód z walutą i okresem, tak jak podają go badania.",
                            ["17 800 zł netto miesięcznie"]),
    "Demographics.household": ("Z kim mieszka, po imieniu lub roli, a nie typ gospodarstwa.",
                               ["Żona pielęgniarka, córki 7 i 10 lat"]),
    "Psychographics.values": ("Co jest dla niej ważne, widoczne w tym, co robi albo z czego rezygnuje.",
                              [["Słucha sam przy biurku, bo kolumny przez cienkie ściany budziłyby córki"]]),
    "Psychographics.interests": ("Na co poświęca wolny czas i uwagę, z nazwy.",
                                 [["Norweski jazz, podcasty o Kubernetesie"]]),
    "Psychographics.personality": ("Jak zwykle podejmuje decyzje i reaguje, tak jak widziały to badania.",
                                   [["Czyta wszystkie recenzje przed zakupem powyżej 500 zł"]]),
    "Psychographics.lifestyle": ("Jak płyną jej dni i tygodnie.",
                                 [["Słucha 60–90 minut dziennie, między 22:00 a północą"]]),
    "Psychographics.attitudes": ("Co myśli o kategorii, markach albo zakupach.",
                                 [["Nie ufa promocjom „tylko dziś”"]]),
    # Traits and sources.
    "Trait.text": ("Sama cecha, tak konkretna, jak pozwalają badania.",
                   ["Słucha muzyki po 22:00, gdy dzieci śpią"]),
    "Trait.sources": ("Identyfikatory pozycji z `sources` tego dokumentu, które potwierdzają cechę.",
                      [["wywiady-2026-09"]]),
    "Source.id": ("Jedyny w dokumencie; cechy go wskazują.", ["wywiady-2026-09"]),
    "Source.type": ("Rodzaj badania: interview (wywiad), survey (ankieta), analytics (analityka), focus-group "
                    "(grupa fokusowa), sales-data (dane sprzedażowe), support (zgłoszenia), desk-research albo other "
                    "(obserwacja, dzienniczek, test użyteczności...: metodę nazwij w `note`).",
                    ["interview"]),
    "Source.date": ("Kiedy przeprowadzono badanie (RRRR-MM-DD).", ["2026-09-18"]),
    "Source.n": ("Liczebność próby: osoby lub odpowiedzi stojące za źródłem.", [12]),
    "Source.link": ("Gdzie leżą surowe materiały.", ["badania/wywiady-2026-09/"]),
    "Source.note": ("Co czytelnik powinien wiedzieć o źródle: kto je prowadził, czego nie objęło.",
                    ["Rekrutacja ze zgłoszeń do obsługi klienta; nikt poniżej 30 lat"]),
    # A journey.
    "JourneyMap.kind": ("Rodzaj dokumentu: mapa ścieżki klienta.", ["journey"]),
    "JourneyMap.id": ("Identyfikator (slug), jedyny w całym obszarze roboczym.", ["pawel-kupuje-sluchawki-otwarte"]),
    "JourneyMap.name": ("Nazwa ścieżki: kto co robi.", ["Paweł kupuje otwarte słuchawki w sklepie Pasmo"]),
    "JourneyMap.lang": ("Język tekstu (kod ISO 639-1: pl, en); zgadywany, gdy go brak.", ["pl"]),
    "JourneyMap.owner": ("Kto dba o aktualność mapy.", ["Zespół CX sklepu Pasmo (Marta Jezierska)"]),
    "JourneyMap.persona": ("Identyfikator persony, która przechodzi tę ścieżkę.", ["pawel-programista-audiofil"]),
    "JourneyMap.other_personas": ("Identyfikatory pozostałych person, które biorą udział w tej ścieżce (reszta "
                                  "komitetu zakupowego w B2B, partner, który też decyduje); mapa pokazuje punkt "
                                  "widzenia persony z pola `persona`.", [["kasia-ksiegowa"]]),
    "JourneyMap.goal": ("Czego klient chce od całej ścieżki.",
                        ["Wymienić słuchawki na otwarte do 2 500 zł, które zagrają z jego DAC-iem"]),
    "JourneyMap.summary": ("Jedno lub dwa zdania, które czytelnik zapamięta: jak biegnie ścieżka i gdzie boli "
                           "najbardziej.", ["Od pierwszej recenzji do wpisu na forum mija około 7 tygodni; najniżej "
                                            "jest przy decyzji."]),
    "JourneyMap.status": ("Etap życia mapy: draft (szkic, w pracy), active (w użyciu; domyślnie) albo retired "
                          "(wycofana, zostaje do wglądu: nie wymaga przeglądu).", ["active"]),
    "JourneyMap.reviewed": ("Data ostatniego przeglądu z badaniami (RRRR-MM-DD).", ["2026-03-14"]),
    "JourneyMap.sources": ("Badania, na których opiera się mapa; bariery i inne cechy mogą wskazywać ich "
                           "identyfikatory.", [[{"id": "zgloszenia-2026", "type": "support", "n": 214}]]),
    "JourneyMap.stages": ("Etapy w kolejności, w jakiej przeżywa je klient; identyfikatory jedyne w ścieżce.",
                          [[{"id": "awareness", "name": "Świadomość", "emotion": 0},
                            {"id": "decision", "name": "Decyzja", "emotion": -1}]]),
    # A stage.
    "Stage.id": ("Identyfikuje etap; jedyny w ścieżce.", ["decision"]),
    "Stage.name": ("Nazwa etapu, tak jak czytają ją ludzie, w języku dokumentu.", ["Decyzja"]),
    "Stage.goal": ("Czego klient chce na tym etapie.", ["Wybrać model, zanim skończy się promocja na DAC"]),
    "Stage.touchpoints": ("Gdzie klient spotyka Was na tym etapie: tekst albo kanał z opisem.",
                          [["Strona z pomiarami", {"channel": "e-mail", "description": "Przypomnienie o koszyku "
                                                   "po 2 dniach"}]]),
    "Stage.doing": ("Co klient robi, tak jak to zaobserwowano.",
                    ["Ogląda trzy recenzje po 22:00 i wpisuje modele do arkusza"]),
    "Stage.thinking": ("Co klient myśli, jego słowami.", ["Czy za 2 500 zł usłyszę różnicę, czy zapłacę za logo?"]),
    "Stage.feeling": ("Co klient czuje i dlaczego.", ["Ciekawość, ale i podejrzliwość wobec recenzji sponsorowanych"]),
    "Stage.emotion": ("Punkt krzywej emocji: liczba całkowita od -2 (bardzo negatywnie) przez 0 (neutralnie) do +2 "
                      "(bardzo pozytywnie).", [-1]),
    "Stage.barriers": ("Co powstrzymuje klienta przed pójściem dalej.",
                       [["Nie wie, czy odda rozpakowane słuchawki"]]),
    "Stage.pain_points": ("Co tu klienta irytuje albo boli.", [["Musi drugi raz wpisywać adres dostawy"]]),
    "Stage.love_points": ("Co tu klienta zachwyca.", [["Własne pomiary sklepu podlinkowane na forum"]]),
    "Stage.metrics": ("Jak mierzycie ten etap, z liczbą do obserwowania.",
                      [["Odsetek koszyków porzuconych na etapie dostawy (cel: poniżej 20%)"]]),
    "Stage.opportunities": ("Usprawnienia dla barier i bolączek tego etapu, każde z właścicielem.",
                            [[{"action": "Opisać zasady zwrotu rozpakowanych słuchawek na karcie produktu",
                               "owner": "Zespół e-commerce", "status": "planned"}]]),
    # Touchpoints and opportunities.
    "Touchpoint.channel": ("Gdzie to się dzieje: web, app, store, call-center, e-mail albo nazwana strona.",
                           ["forum"]),
    "Touchpoint.description": ("Co się tam dzieje, od strony klienta.",
                               ["Wątek, w którym forumowicz poleca sklep za własne pomiary"]),
    "Opportunity.action": ("Co zostanie zrobione, na tyle konkretnie, by dało się zacząć.",
                           ["Dodać zwrot 30 dni dla rozpakowanych słuchawek"]),
    "Opportunity.owner": ("Zespół albo osoba odpowiedzialna za usprawnienie.", ["Zespół e-commerce"]),
    "Opportunity.due": ("Termin (RRRR-MM-DD).", ["2027-03-31"]),
    "Opportunity.status": ("Jak daleko jest usprawnienie: idea (pomysł), planned (zaplanowane), in-progress (w "
                           "trakcie) albo done (zrobione).", ["planned"]),
}

#: Models whose fields are described under another's name (a negative persona shares a persona's fields).
SHARES_WITH = {"NegativePersona": "Persona"}


def polish(model: str, field: str | None = None) -> tuple[str, list[Any] | None] | None:
    """The Polish description (and examples) of ``model``'s ``field`` (of the model itself when None)."""
    if field is None:
        return POLISH.get(model)
    found = POLISH.get(f"{model}.{field}")
    if found is None and model in SHARES_WITH:
        found = POLISH.get(f"{SHARES_WITH[model]}.{field}")
    return found
