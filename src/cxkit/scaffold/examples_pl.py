"""Polski przykładowy projekt zapisywany przez `cxkit init`: gotowe dokumenty bez uwag lintera.

Dates are string.Template placeholders filled in at init time, so the examples
are freshly reviewed and their planned fixes lie in the future.
"""

PERSONA_ID = "marta-dojezdza-rowerem"
NEGATIVE_ID = "zbigniew-serwisuje-sam"
JOURNEY_ID = "marta-umawia-serwis"

PERSONA = """\
# Przykładowa persona zapisana przez `cxkit init`: tak wygląda persona gotowa do pracy.
# Każda cecha to coś zaobserwowanego (miejsce, liczba, częstotliwość, nazwa narzędzia),
# a najważniejsze podają badanie, z którego pochodzą. Zastąp ją własnymi klientami albo
# usuń, gdy napiszesz swoje (`cxkit new persona "Imię Nazwisko"`).
kind: persona
id: marta-dojezdza-rowerem
name: Marta Wiśniewska
lang: pl
owner: Serwis Szprycha, obsługa klienta (Ewa Zając)
summary: Farmaceutka szpitalna, która codziennie jedzie 8 km rowerem z Bielan na Żoliborz i musi oddać rower do naprawy tak, żeby nie stracić dyżuru.
demographics:
  age: 31
  location: Warszawa, Bielany (mieszkanie przy Lesie Bielańskim)
  occupation: Farmaceutka w szpitalu na Żoliborzu, dyżury od 7:00 albo od 13:00
  income: 7800 zł netto miesięcznie
  household: Mieszka z partnerem, który jeździ do pracy samochodem; bez dzieci
psychographics:
  values:
    - text: W 2023 roku po podwyżce cen biletów przesiadła się na rower i liczy, że oszczędza 1300 zł rocznie
      sources: [wywiady-serwis]
  lifestyle:
    - Jeździ do pracy cztery dni w tygodniu, także w deszczu, z zapasową dętką w sakwie
goals:
  - text: Oddać rower do serwisu o 6:30 i odebrać go tego samego dnia do 19:00
    sources: [wywiady-serwis, analityka-rezerwacji]
  - Znać pełną cenę naprawy, zanim zostawi rower
needs:
  - text: Termin w rezerwacji online, który pokazuje godzinę odbioru, a nie tylko godzinę oddania
    sources: [wywiady-serwis]
pain_points:
  - text: W marcu straciła dyżur, bo naprawa hamulca trwała trzy dni, gdy serwis czekał na część
    sources: [wywiady-serwis]
  - W soboty rano czeka przy ladzie do 20 minut
motivations:
  - text: Piszczący tylny hamulec na zjeździe ulicą Marymoncką każdego ranka
    sources: [wywiady-serwis]
behaviours:
  - text: Rezerwuje serwis z telefonu w czasie 15-minutowej przerwy o 10:30
    sources: [analityka-rezerwacji]
  - Przed rezerwacją czyta opinie w Mapach Google o dwóch, trzech serwisach w promieniu 2 km od domu
channels:
  - Grupa „Rowerowe Bielany” na Facebooku (około 3 tys. członków)
  - text: Wyszukiwanie „serwis rowerowy” w Mapach Google w drodze do domu
    sources: [analityka-rezerwacji]
expectations:
  - text: SMS z wyceną, zanim serwis zacznie pracę droższą niż 120 zł
    sources: [wywiady-serwis]
quote: Jak roweru nie będzie do siódmej, jadę autobusem i spóźniam się na dyżur.
sources:
  - id: wywiady-serwis
    type: interview
    date: ${recent1}
    n: 9
    note: Półgodzinne wywiady telefoniczne z osobami, które w ostatnim półroczu oddały rower do serwisu.
  - id: analityka-rezerwacji
    type: analytics
    date: ${recent2}
    note: Analityka strony rezerwacji z ostatnich 90 dni; pora dnia i urządzenie przy każdej rezerwacji.
reviewed: ${today}
"""

NEGATIVE = """\
# Przykładowa persona negatywna zapisana przez `cxkit init`: kto NIE jest klientem i dlaczego.
# `reasons` odpowiada na pytania metody (za drogo? niezrozumiałe? zbędne? research czy
# impuls?), a żadna cecha nie powtarza cech Marty, więc łatwo je od siebie odróżnić.
kind: negative-persona
id: zbigniew-serwisuje-sam
name: Zbigniew Kaczmarek
lang: pl
owner: Serwis Szprycha, obsługa klienta (Ewa Zając)
summary: Kolarz amator z Wawra, który sam serwisuje szosówkę w garażu i kupuje wyłącznie części, nigdy robociznę.
demographics:
  age: 58
  location: Warszawa, Wawer (dom z warsztatem w garażu)
  occupation: Elektryk na emeryturze, w niedziele ściga się z klubem kolarskim
behaviours:
  - text: Kupuje części w sklepach internetowych po porównaniu cen w trzech z nich
    sources: [utracone-rezerwacje]
reasons:
  - text: Przegląd za 180 zł kosztuje więcej niż części, które sam wymieni w 40 minut
    sources: [utracone-rezerwacje]
  - text: Dwa razy prosił, żeby mógł patrzeć, jak mechanik reguluje przerzutki, bo nikomu ich nie powierza
    sources: [notatki-z-lady]
  - Nigdy nie rezerwuje online; dzwoni z pytaniem technicznym i rozłącza się, gdy dostanie odpowiedź
substitutes:
  - Własny stojak serwisowy, klucz dynamometryczny i filmy instruktażowe na YouTube
purchase_triggers:
  - text: Naprawa, do której potrzebne jest narzędzie, którego nie ma, np. prasa do sterów albo centrownica
    sources: [notatki-z-lady]
abandon_triggers:
  - text: Informacja, że rower musi zostać w serwisie na noc
    sources: [utracone-rezerwacje]
sources:
  - id: utracone-rezerwacje
    type: sales-data
    date: ${recent1}
    n: 37
    note: Telefony z ostatniego kwartału, które nie skończyły się rezerwacją, z powodem zapisanym przez obsługę.
  - id: notatki-z-lady
    type: support
    date: ${recent2}
    note: Pytania i reklamacje zapisane przy ladzie serwisu, otagowane przez osobę na zmianie.
reviewed: ${today}
"""

JOURNEY = """\
# Przykładowa mapa podróży zapisana przez `cxkit init`: droga Marty od piszczącego hamulca
# do polecenia serwisu. Każdy etap mówi, co robi, myśli i czuje, ocenia emocję od -2 do +2,
# a każda bariera ma szansę poprawy z właścicielem i terminem.
kind: journey
id: marta-umawia-serwis
name: Marta umawia serwis między dyżurami
lang: pl
owner: Serwis Szprycha, obsługa klienta (Ewa Zając)
persona: marta-dojezdza-rowerem
goal: Naprawić rower bez utraty dyżuru i bez płacenia więcej, niż uzgodniła
summary: Od pierwszego głośnego zjazdu do polecenia serwisu na grupie rowerowej; na podstawie dziewięciu wywiadów i 90 dni analityki rezerwacji.
reviewed: ${today}
stages:
  - id: awareness
    name: Świadomość
    goal: Znaleźć serwis, który naprawi hamulec jeszcze w tym tygodniu
    touchpoints:
      - channel: Mapy Google
        description: Szuka serwisu w drodze do domu i widzi trzy w promieniu 2 km
    doing: Porównuje oceny i godziny otwarcia na telefonie
    thinking: Który z nich jest otwarty przed dyżurem o 7:00?
    feeling: Niepokój, że kolejny tydzień pojeździ z takim hamulcem
    emotion: -1
    barriers:
      - Wizytówka w mapach podaje otwarcie o 9:00, choć lada działa od 6:30
    opportunities:
      - action: Poprawić godziny w wizytówce i dopisać oddawanie rowerów od 6:30
        owner: Ewa Zając (obsługa klienta)
        due: ${due1}
        status: planned
  - id: consideration
    name: Rozważanie
    goal: Sprawdzić, czy naprawa skończy się tego samego dnia
    touchpoints:
      - channel: strona www
        description: Czyta cennik i stronę rezerwacji
    doing: Szuka ceny regulacji hamulców i godziny odbioru
    thinking: Czy zdążą do 19:00 i ile to wyniesie naprawdę?
    feeling: Nadzieja, ale i ostrożność po marcowej naprawie
    emotion: 0
    barriers:
      - Strona rezerwacji pokazuje godziny oddania, ale nie godzinę odbioru
    opportunities:
      - action: Pokazywać obiecaną godzinę odbioru przy każdym terminie
        owner: Jakub Lis (strona www)
        due: ${due2}
        status: idea
  - id: decision
    name: Decyzja
    goal: Wybrać termin, który pasuje do grafiku dyżurów
    touchpoints:
      - channel: strona www
        description: Wybiera oddanie o 6:30 w dzień, w którym zaczyna o 13:00
    doing: Rezerwuje termin w przerwie o 10:30
    thinking: Jeśli zabraknie części, mam jeszcze całe przedpołudnie
    feeling: Ulga, że ma plan
    emotion: 1
    opportunities:
      - action: Wysyłać wieczorem w przeddzień SMS z przypomnieniem i adresem serwisu
        owner: Jakub Lis (strona www)
        due: ${due2}
        status: planned
  - id: purchase
    name: Zakup
    goal: Zostawić rower i uzgodnić cenę
    touchpoints:
      - channel: serwis
        description: Oddaje rower przy ladzie i dostaje wycenę na piśmie
    doing: Czeka, aż mechanik obejrzy hamulec i wypisze wycenę
    thinking: Czy to cała cena, czy coś jeszcze dojdzie?
    feeling: Pośpiech, do autobusu zostało 20 minut
    emotion: -1
    barriers:
      - Wycena jest pisana ręcznie i dopiero po pięciominutowych oględzinach
    opportunities:
      - action: Wysyłać wycenę SMS-em w ciągu 30 minut od oddania roweru, żeby mogła od razu wyjść
        owner: Ewa Zając (obsługa klienta)
        due: ${due1}
        status: planned
  - id: post-purchase
    name: Po zakupie
    goal: Odebrać po dyżurze sprawny rower w uzgodnionej cenie
    touchpoints:
      - channel: SMS
        description: O 16:40 dostaje wiadomość, że rower jest gotowy
      - channel: serwis
        description: Odbiera rower i płaci wycenione 190 zł
    doing: Przed zapłatą robi rundkę próbną przed serwisem
    thinking: Trzymali się ceny z SMS-a
    feeling: Zadowolenie i lekkie zaskoczenie
    emotion: 2
    love_points:
      - Rachunek zgadzał się z wyceną z SMS-a co do złotówki
    opportunities:
      - action: Dodać do SMS-a o odbiorze link do wystawienia opinii w mapach
        owner: Jakub Lis (strona www)
        due: ${due3}
        status: idea
  - id: loyalty
    name: Lojalność
    goal: Przejeździć zimę bez niespodzianek
    touchpoints:
      - channel: e-mail
        description: Po pół roku dostaje przypomnienie o przeglądzie przed zimą
    doing: Rezerwuje ten sam termin o 6:30 na przegląd zimowy
    thinking: To samo miejsce, ten sam rytm, zero ryzyka
    feeling: Pewność
    emotion: 1
    opportunities:
      - action: Zaproponować dojeżdżającym zimowy pakiet ze światłami i klockami hamulcowymi w stałej cenie
        owner: Ewa Zając (obsługa klienta)
        due: ${due3}
        status: idea
  - id: advocacy
    name: Polecanie
    goal: Pomóc koleżance znaleźć serwis, który dotrzymuje słowa
    touchpoints:
      - channel: Facebook
        description: Odpowiada na pytanie w grupie „Rowerowe Bielany”
    doing: Poleca serwis i wczesne oddawanie rowerów pielęgniarce ze swojego oddziału
    thinking: To serwis, który dopasowuje się do dyżurów
    feeling: Satysfakcja z dobrej rady
    emotion: 2
    opportunities:
      - action: Dawać bon na 40 zł członkom grupy, którzy rezerwują pierwszy raz
        owner: Ewa Zając (obsługa klienta)
        due: ${due3}
        status: idea
"""
