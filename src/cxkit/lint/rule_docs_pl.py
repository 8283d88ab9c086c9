"""`cxkit rule NAME` in a Polish workspace (`lang = "pl"`): its headings and each rule's "why" in Polish.

The rule's docstring (:mod:`cxkit.lint.docs`) stays the one source of docs/rules.md, SARIF's help and
`-f markdown`/`-f json`, which are English; here is only what the terminal text says in Polish.  A rule
without a Polish "why" here (a plugin's) keeps its English one, under a heading that says so.
"""

from __future__ import annotations

WHY_HEADING = "Dlaczego to ważne:"
WHY_ENGLISH_HEADING = "Dlaczego to ważne (po angielsku):"
BAD_HEADING = "Źle:"
GOOD_HEADING = "Dobrze:"
#: The details (what counts, the edge cases) are the docstring's, English; said so above them.
DETAILS_HEADING = "Szczegóły (po angielsku, tak jak w docs/rules.md):"


def options_heading(name: str) -> str:
    return f"Opcje (w [tool.cxkit.rules.{name}] albo w cxkit.toml [rules.{name}]):"


def dates_note(day: str) -> str:
    return f"Daty w tych przykładach są czytane na dzień {day} (CXKIT_TODAY={day} ustawia lint na ten dzień)."


#: Each rule's "why", in Polish, by its name.
WHY: dict[str, str] = {
    "read-error": "Linter, który po cichu pomija to, czego nie umie odczytać, daje fałszywe poczucie bezpieczeństwa.",
    "yaml-syntax": "Każde inne sprawdzenie potrzebuje dokumentu; błąd składni musi powiedzieć dokładnie, gdzie jest, i "
                   "nigdy nie przerywać pracy.",
    "schema": "Format to umowa, na której opiera się każda reguła, podgląd (render) i porównanie (diff).",
    "duplicate-id": "Niejednoznaczne odwołanie po cichu wskazuje niewłaściwą osobę.",
    "unknown-persona": "Mapa ścieżki to zawsze ścieżka konkretnej osoby; odwołanie donikąd znaczy, że mapa i jej persona "
                       "rozeszły się.",
    "unused-suppression": "Nieaktualne wyciszenia ukrywają następny prawdziwy problem w tym wierszu.",
    "merged-list-item": "Cecha, która po cichu połyka następną, ukrywa cel albo bolączkę przed każdym sprawdzeniem, "
                        "przed przeglądem i przed mapą, którą czyta zespół.",
    "comment-in-value": "Cytat, numer zgłoszenia albo kod wywiadu, z którego pochodzi cecha, znika bez słowa, a każde "
                        "sprawdzenie, podgląd i przegląd widzi krótszy tekst.",
    "init-example": "Przykłady liczą się w każdym sprawdzeniu obejmującym wiele plików, jakby były waszymi badaniami "
                    "(persona negatywna sklepu rowerowego odpowiada na CX201 za sklep meblowy), a `cxkit render "
                    "personas/` wstawia je do eksportu, który czyta zespół.",
    "pseudo-profiling": "Pseudoprofilowanie. Klientka „z dużego miasta, dba o zdrowie, 30-40 lat, ceni jakość” wygląda "
                        "na opisaną, a ten opis pasuje tak samo do kawalera z siłowni, jak do wegetariańskiej mamy "
                        "dwójki dzieci uprawiającej jogę, i nie pomaga wybrać żadnego kanału; prawdziwe wnioski giną "
                        "wśród takich wypełniaczy. Persony Coopera to konkretni ludzie, a Persona Perception Scale pyta, "
                        "czy persona wydaje się pełna i wiarygodna: taką czynią ją tylko szczegóły, które mogą być "
                        "prawdą o tej osobie, a nie o każdym.",
    "demographics-only": "Metoda pyta o behawioralną stronę persony — potrzeby, motywacje i zachowania zakupowe — a nie "
                         "tylko o „twarde” dane demograficzne, które arkusz kalkulacyjny już ma.",
    "similar-personas": "Każda persona reprezentuje odrębny segment. Dwie persony, które chcą tego samego i działają tak "
                        "samo, to jedna persona dwa razy — połącz je albo wyostrz to, co naprawdę je różni.",
    "missing-negative-persona": "Żeby wiedzieć, kto jest klientem, trzeba wiedzieć, kto nim nie jest. Persona negatywna "
                                "— dla kogo produkt jest za drogi albo za tani, kto korzysta z zamiennika, kto go nie "
                                "zrozumie — to zderzenie z rzeczywistością, które obnaża pobożne życzenia i ogólnikowe "
                                "cechy w personach pozytywnych („negative personas” Coopera).",
    "negative-without-reasons": "Persona negatywna zasługuje na swoje miejsce, kiedy mówi, dlaczego ta osoba nie jest "
                                "klientem — produkt jest dla niej za drogi albo za tani, korzysta z zamiennika, nie "
                                "zrozumie go, jest dla niej zbyt skomplikowany, kupuje pod wpływem impulsu, a oferta "
                                "wymaga namysłu, albo coś ją zatrzymuje.",
    "trait-overlap": "Cecha, którą ma i klient, i nie-klient, nie odróżnia ich od siebie — to dokładnie ten rodzaj pustej, "
                     "ogólnikowej cechy, który persona negatywna ma obnażać.",
    "mirrored-negative-persona": "Persona negatywna opisuje na podstawie badań, kto nie jest klientem i dlaczego — "
                                 "produkt jest dla niego za drogi albo za tani, korzysta z zamiennika, nie zrozumie go, "
                                 "kupuje pod wpływem impulsu, a oferta wymaga namysłu, coś każe mu zrezygnować. "
                                 "Odwrotność persony napisana zza biurka nie mówi nic z tego: tylko powtarza personę.",
    "missing-sources": "Persona musi opierać się na tym, co zebrano — wywiadach, ankietach, analityce, danych sprzedaży "
                       "i obsługi klienta — a nie na założeniach i przeczuciach. Bez źródeł nikt nie odróżni badań od "
                       "pobożnych życzeń, a źródło, które jest założeniem, to pobożne życzenie z etykietą.",
    "unknown-source": "Odwołanie, które prowadzi donikąd, jest gorsze niż żadne — wygląda jak dowód, ale nie da się go "
                      "sprawdzić.",
    "stale-review": "Persony i mapy ścieżek to żywe dokumenty: rynki i klienci się zmieniają, a mapa, do której nikt nie "
                    "wraca, zamienia się w fikcję.",
    "missing-review-date": "Bez daty przeglądu nikt nie odróżni żywego dokumentu od porzuconego.",
    "journey-without-sources": "Mapa ścieżki pokazuje, co klienci robią, myślą i czują na każdym etapie, i powstaje z "
                               "tego, co zebrano (wywiady, zgłoszenia do obsługi, analityka, dane sprzedaży), a nie z "
                               "domysłów zespołu. Mapy, która nie wskazuje żadnych badań, nie da się odróżnić od założeń "
                               "z warsztatu.",
    "stage-without-emotion": "Mapa ścieżki pokazuje, co klient czuje na każdym etapie; to krzywa emocji pokazuje, gdzie "
                             "doświadczenie się psuje.",
    "stage-without-touchpoints": "Punkt styku to miejsce, w którym klient spotyka markę — strona, aplikacja, sklep, "
                                 "infolinia. Etapem bez żadnego nikt nie może się zająć ani go naprawić.",
    "unowned-opportunity": "Metoda zamyka każdą barierę planem — kto ją usunie, kiedy i jak. Usprawnienie, którego nikt "
                           "nie ma na głowie, się nie wydarzy; tak samo takie, które mają na głowie wszyscy.",
    "unaddressed-pain": "Mapa ścieżki jest po to, żeby znaleźć, gdzie doświadczenie boli, i zdecydować, co z tym zrobić; "
                        "bolączka bez zaplanowanego usprawnienia to wniosek zostawiony na stole.",
    "journey-ends-at-purchase": "Doświadczenie nie kończy się przy kasie ani przy podpisie. To, co następuje potem — "
                                "używanie i obsługa, lojalność, polecanie; w B2B wdrożenie, korzystanie na co dzień i "
                                "przedłużenie umowy — decyduje, czy ludzie, którym służycie, wrócą i przyprowadzą innych.",
    "missing-stage": "Wspólny słownik etapów pozwala zespołom porównywać ścieżki i od razu widzieć luki.",
    "journey-for-negative-persona": "Persona negatywna opisuje kogoś, dla kogo nie projektujecie; mapowanie jej ścieżki "
                                    "to inwestowanie w niewłaściwego klienta. Zmapuj ścieżkę persony, a personą "
                                    "negatywną ją sprawdzaj.",
    "overdue-opportunity": "Każda bariera zamyka się planem: kto ją usunie i do kiedy. Plan po terminie, którego nikt "
                           "nie oznaczył jako zrobiony, jest albo skończony i niezapisany, albo opóźniony i niezaplanowany "
                           "na nowo; tak czy inaczej mapa nie mówi już, co naprawdę dzieje się z tą bolączką.",
    "feeling-contradicts-emotion": "Krzywa emocji to wniosek z badań, który pokazuje, gdzie doświadczenie się psuje, a "
                                   "unaddressed-pain ufa tej ocenie. Wściekły klient z oceną 0 ukrywa bolączkę przed "
                                   "mapą i przed każdą regułą, która ją czyta.",
    "vague-action": "Metoda zamyka każdą barierę planem — kto ją usunie, kiedy i jak. „Poprawić doświadczenie” to cel "
                    "każdego usprawnienia, więc nie mówi, jak: nikt nie może go zacząć i nikt nie pozna, kiedy jest "
                    "zrobione.",
    "stage-out-of-order": "Mapa ścieżki biegnie od chwili, gdy klient się o was dowiaduje, do chwili, gdy was poleca, i "
                          "w tej kolejności czyta się krzywą emocji. Etapy skopiowane po warsztacie z mapy innego "
                          "zespołu zwykle trafiają na koniec: mapa opowiada wtedy o kliencie, który słyszy o was po tym, "
                          "jak was polecił, a krzywa łamie się tam, gdzie nic się nie stało.",
    "vague-feeling": "Mapa powinna mówić, jakie emocje towarzyszą klientowi na każdym etapie; „OK” albo „neutralnie” "
                     "tylko powtarza ocenę 0 i ukrywa to, co usłyszano w badaniach (znudzenie, niepewność, ciekawość, "
                     "ulga), a z tym to, gdzie etap mógłby być lepszy.",
    "journey-for-retired-persona": "Persony i mapy ścieżek to żywe dokumenty; ścieżka, której persona została wycofana "
                                   "(jej segment zamknięto albo połączono z innym), wciąż kieruje decyzjami według "
                                   "klienta, którego już nie ma. Oprzyj ścieżkę na personie w użyciu albo wycofaj i ją.",
    "stage-without-doing-thinking": "Scenariusz mapy ścieżki mówi na każdym etapie, co klient robi, myśli i czuje. Samo "
                                    "uczucie pokazuje, gdzie doświadczenie się psuje; to, co klient tam robi i myśli, "
                                    "pokazuje dlaczego i co usprawnienie musi zmienić.",
    "unmeasured-opportunity": "Ostatni krok metody to wprowadzić zmiany, a potem śledzić, jak zmieniają doświadczenie "
                              "klienta. Usprawnienia bez wskazanej miary nie da się odróżnić od takiego, które nic nie "
                              "dało, a mapa nigdy się nie dowie, czy bolączka, dla której powstało, zniknęła.",
    "journey-without-dip": "Metoda mapuje emocje każdego etapu i napotkane tam bariery na podstawie badań z klientami, "
                           "a nie tego, co zakłada firma; potem szuka tego, co trzeba naprawić. Ścieżka bez żadnego "
                           "spadku i żadnej bariery to znak mapy pisanej z perspektywy firmy: nie daje zespołowi nic do "
                           "naprawienia, a badania rzadko to pokazują.",
    "placeholder": "Do połowy wypełniona persona wygląda w prezentacji na gotową; linter pilnuje uczciwości, dopóki nie "
                   "ma wyników badań.",
    "language-mismatch": "Etapy skopiowane po warsztacie z mapy innego zespołu zachowują swój język; mapa mówi wtedy do "
                         "jednego czytelnika w dwóch językach, jej słowa są sprawdzane niewłaściwym słownikiem, a kopia "
                         "zwykle wciąż opisuje tamtą ścieżkę. Przetłumacz etap i sprawdź, czy pasuje.",
    "lang-contradicts-text": "`lang` decyduje, które listy słów czytają tekst. Tekstu po angielsku oznaczonego `uk` nie "
                             "sprawdza żadna reguła czytająca słowa (cxkit nie czyta po ukraińsku), a tekst po polsku "
                             "oznaczony `en` czytają reguły angielskie, które nic w nim nie znajdują: dokument przechodzi "
                             "lint nieprzeczytany. Wpisz kod języka, w którym jest tekst.",
}

#: The Polish heading of the details where :data:`DETAILS` gives them in Polish.
DETAILS_PL_HEADING = "Szczegóły:"

#: The details (what counts, the edge cases) in Polish, by the rule's name, for the rules whose details are
#: short; the others' stay English, under :data:`DETAILS_HEADING`.
DETAILS: dict[str, str] = {
    "read-error": "Plik istnieje, ale nie dało się go odczytać: brak uprawnień, zerwany link, błąd wejścia-wyjścia. "
                  "Reszta obszaru roboczego jest sprawdzana dalej.",
    "schema": "Brakujący albo źle napisany `kind`, brak wymaganego pola, nieznane pole (literówka nie może przejść po "
              "cichu; własne dane trzymaj pod kluczami zaczynającymi się od `x-`), wartość złego typu, emocja spoza "
              "zakresu -2..+2, data, która nie jest prawdziwą datą RRRR-MM-DD, id, które nie jest identyfikatorem "
              "(małe litery i cyfry połączone łącznikami). Zgłaszane przy błędnym kluczu albo wartości.",
    "unknown-persona": "Podpowiadane jest najbliższe istniejące id; gdy plik persony nazywa się jak brakujące id "
                       "(`personas/priya-burst-pipe-claimant.yaml`), ale ma inne id, to id zmieniono, a ścieżki nie: "
                       "podpowiadane są to id i ten plik. Sprawdzaj cały obszar roboczy (nie pojedynczy plik ścieżki), "
                       "żeby persona mogła się znaleźć. Gdy persona jest tylko w pliku, który pomija `exclude` z "
                       "konfiguracji (folder `drafts`), zgłoszenie wskazuje ten plik i wzorzec; takich plików szuka się "
                       "tylko wtedy, gdy reguła się odzywa, po wierszach `kind:` i `id:`.",
    "init-example": "`cxkit init` zapisuje gotową personę, personę negatywną i ścieżkę innej firmy (serwisu rowerowego) "
                    "do nauki, każdą oznaczoną w pierwszym komentarzu (`# cxkit-init-example: ...`; to słowo w wartości "
                    "twojego dokumentu się nie liczy). Dopóki to jedyne dokumenty, reguła milczy. Gdy obszar roboczy ma "
                    "już dokument twój, każdy pozostawiony przykład jest zgłaszany przy swoim `id`. Przykładowa persona "
                    "negatywna, która jest jedyną w obszarze roboczym, spełnia też missing-negative-persona (CX201) za "
                    "twoje persony: komunikat o tym mówi. Usuń pliki przykładów (albo komentarz-znacznik, żeby "
                    "zatrzymać któryś jako własny); obszary robocze założone, zanim znacznik istniał, nie są "
                    "rozpoznawane.",
    "demographics-only": "Potrzeby i motywacje też liczą się jako strona behawioralna, a w personie negatywnej także jej "
                         "powody, zamienniki i wyzwalacze. Persona bez niczego z tej strony (imię, zdjęcie pod kluczem "
                         "`x-`, źródła) jest zgłaszana też wtedy, gdy nie ma demografii; persona negatywna bez "
                         "demografii zostaje dla negative-without-reasons.\n\nWiek, miasto i dochód opisują segment na "
                         "papierze; nie mówią nic o tym, co ta osoba próbuje zrobić, jak działa i co jej przeszkadza, a "
                         "imię ze zdjęciem mówi jeszcze mniej.",
    "missing-negative-persona": "Zgłaszane raz, przy pierwszej personie.",
    "unknown-source": "Cechy persony oraz bariery, bolączki, mocne strony i metryki etapów ścieżki mogą cytować id "
                      "źródeł (`sources`) tego samego dokumentu. Komunikat wskazuje źródło, o które cytat "
                      "prawdopodobnie chodzi, albo prosi o dopisanie go do `sources` lub zacytowanie takiego, które tam "
                      "jest. Ścieżka, która cytuje badania swojej persony, dostaje radę, by skopiować wpis tego źródła "
                      "do własnych `sources`: wiek i dowody ścieżki czyta się ze źródeł, które ona sama wymienia.",
    "stage-without-touchpoints": "Etap, którego wszystkie punkty styku mówią, że go nie ma, liczy się jako etap bez "
                                 "nich: `brak`, `n/a`, `nie dotyczy`, `do ustalenia`, `none`, `TBD` albo sama "
                                 "interpunkcja (`?`, `—`).",
    "unaddressed-pain": "Etap liczy się jako bolesny, gdy jego emocja jest na progu albo poniżej (domyślnie -1) albo gdy "
                        "wymienia bariery lub bolączki. Bolesny etap, który nie nazywa żadnej bariery ani bolączki, "
                        "dostaje radę, by najpierw ją nazwać: metoda pyta o emocje każdego etapu i jego bariery, a "
                        "spadek bez nazwanej bariery nie zostawia niczego, dla czego można zaplanować usprawnienie. "
                        "(Czytana jest tylko ocena; ocena sprzeczna z `feeling` to sprawa feeling-contradicts-emotion.)",
    "missing-stage": "Domyślnie nic nie jest wymagane; ustaw listę w konfiguracji, np. `[tool.cxkit.rules.missing-stage] "
                     "required = [\"awareness\", \"consideration\", \"decision\", \"purchase\", \"post-purchase\", "
                     "\"loyalty\", \"advocacy\"]`.",
    "overdue-opportunity": "Zgłaszane przy dacie `due`, gdy jest wcześniejsza niż dziś, a status to cokolwiek innego niż "
                           "`done`: `idea`, `planned`, `in-progress` albo brak statusu. Termin na dziś jeszcze nie "
                           "minął. Ustaw CXKIT_TODAY=RRRR-MM-DD, żeby ustalić „dziś” w powtarzalnych uruchomieniach. To "
                           "zgłoszenie informacyjne (info): data mija bez żadnej zmiany w pliku, więc przypomina, nie "
                           "psując uruchomienia przy domyślnym poziomie niepowodzenia (ustaw `severity = \"warning\"` w "
                           "tabeli konfiguracji reguły, żeby się liczyło). Wycofana ścieżka (`status: retired`) nie jest "
                           "sprawdzana: zostaje dla porządku i nikt nie pracuje nad jej usprawnieniami.",
    "journey-for-retired-persona": "Wycofana persona zostaje dla porządku: nie reprezentuje już segmentu, dla którego "
                                   "projektujecie, więc ścieżka na niej oparta nie opisuje niczyjej drogi. Zgłaszane "
                                   "przy `persona` ścieżki, ze wskazaniem pliku persony. Ścieżka, która sama jest "
                                   "wycofana (`status: retired`), nie jest zgłaszana: zostaje dla porządku razem ze swoją "
                                   "personą. Nie jest zgłaszana też wtedy, gdy to samo id ma persona w użyciu (parę "
                                   "zgłasza duplicate-id).",
}
