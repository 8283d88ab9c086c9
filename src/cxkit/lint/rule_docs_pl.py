"""`cxkit rule NAME` in a Polish workspace (`lang = "pl"`): its headings, each rule's "why", the details of the
rules users meet most and the options' descriptions in Polish.

The rule's docstring (:mod:`cxkit.lint.docs`) stays the one source of docs/rules.md, SARIF's help and
`-f markdown`/`-f json`, which are English; here is only what the terminal text says in Polish.  A rule
without a Polish "why" or details here (a plugin's; the longest details) keeps its English ones, under a
heading that says so; an option not in :data:`OPTIONS` keeps its English description.
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

#: The details (what counts, the edge cases) in Polish, by the rule's name; the others' stay English, under
#: :data:`DETAILS_HEADING`.  A change to a rule's docstring body is a change here too.
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
    "similar-personas": "Porównywane są rdzenie słów znaczących z celów, zachowań i bolączek każdej persony; "
                        "powyżej progu para jest zgłaszana raz, przy późniejszej personie, ze wskazaniem "
                        "wcześniejszej, do której jest najbardziej podobna (i liczby innych wcześniejszych, do "
                        "których też jest podobna). Dwóch plików z tym samym id reguła nie porównuje: zgłasza "
                        "je duplicate-id. Porównuje słowa, a nie znaczenie: ten sam wywiad opisany dwa razy "
                        "innymi słowami („Checks fuel card statements every Sunday night” / „Goes through "
                        "every fuel card transaction on Sunday evenings”) ma mało wspólnych rdzeni i nie jest "
                        "zgłaszany; takie pary trzeba przeczytać samemu. Wycofana persona (`status: retired`) "
                        "nie jest porównywana z żadną: nie reprezentuje już segmentu.\n\nDomyślnie to zgłoszenie "
                        "informacyjne (info), przy każdym odsetku: próg wyznacza miejsce, od którego dwie "
                        "persony zaczynają być do siebie podobne, a reguła nie stopniuje swoich zgłoszeń "
                        "(każda reguła ma jeden poziom, ustawiany w jej tabeli). Zespół, który chce, żeby "
                        "niemal kopia zatrzymywała bramkę, podnosi jedno i drugie: `threshold = 0.7` i "
                        "`severity = \"warning\"` w `[rules.similar-personas]` zgłaszają tylko pary z co "
                        "najmniej 70% wspólnych rdzeni, jako ostrzeżenia.",
    "stale-review": "Liczy się `reviewed`, a gdy go nie ma, data najnowszego źródła. Dopuszczalny wiek to "
                    "opcja (domyślnie 12 miesięcy). Zgłaszana jest też data z przyszłości (literówka, np. 2062 "
                    "zamiast 2026): wyciszyłaby regułę na lata. Tak samo `date` każdego źródła, która wypada w "
                    "przyszłości, z `reviewed` czy bez: badań nie mogło jeszcze być, a data to w najlepszym "
                    "razie literówka. Ustaw CXKIT_TODAY=RRRR-MM-DD, żeby ustalić „dziś” w powtarzalnych "
                    "uruchomieniach; wartość, która nie jest datą, zatrzymuje uruchomienie (kod wyjścia 2). "
                    "Wycofany dokument (`status: retired`) zostaje dla porządku: nie czeka go żaden przegląd, "
                    "więc jego wiek nie jest zgłaszany (daty z przyszłości nadal są).\n\nDokument bez żadnej "
                    "daty, ani `reviewed`, ani `date` w źródle, też jest zgłaszany jako nieaktualny: nie da "
                    "się ustalić jego wieku, a usunięcie starej daty nie może zamienić nieudanego sprawdzenia "
                    "w udane (mapa ścieżki najczęściej nie ma źródeł, na których można by się oprzeć). Persona "
                    "albo persona negatywna bez żadnych źródeł zostaje dla missing-sources (CX301, warning), "
                    "która nazywa, czego brakuje: badań, a nie tylko ich daty. Z możliwych sposobów oceny "
                    "takiego dokumentu ten potrzebuje tylko pliku: wiek pliku w gicie kosztowałby wywołanie "
                    "gita na każdy plik przy każdym uruchomieniu i mówi, kiedy plik ostatnio zmieniono, a nie "
                    "kiedy ostatnio zweryfikowano go z wynikami badań. missing-review-date (CX304, info) nic "
                    "wtedy o tym dokumencie nie mówi, dopóki ta reguła w nim obowiązuje, więc problem jest "
                    "zgłaszany raz; z `undated = false` zostaje, jak dawniej, tylko dla tamtej reguły.",
    "missing-review-date": "Gdy `schema` jest wyciszona (komentarzem, `ignore`, `per-file-ignores`), wartość "
                           "`reviewed`, której schemat nie umie odczytać (`2023-10`, `14.03.2024`), nie jest "
                           "brakującą datą: zgłoszenie mówi, że nie dało się jej odczytać, pokazuje ją i prosi "
                           "o RRRR-MM-DD.\n\nDokument bez żadnej daty (żadne źródło nie ma `date`; persona ma "
                           "przy tym źródła) należy do stale-review (CX303, warning), dopóki tamta reguła "
                           "obowiązuje w nim na poziomie tej reguły albo wyższym: brak daty zatrzymuje bramkę "
                           "tak jak stara data i jest zgłaszany raz. Ta reguła zgłasza go, gdy stale-review "
                           "jest dla niego wyłączona albo ustawiona z `undated = false`, i zgłasza dokument, w "
                           "którym datę `reviewed` zastępują daty źródeł (stale-review ocenia go po nich).",
    "journey-without-sources": "Zgłaszane raz: przy `sources`, gdy wpisano je puste, a w przeciwnym razie przy "
                               "`id`. Źródło, które samo mówi, że nie jest badaniem, jest zgłaszane tak, jak "
                               "missing-sources (CX301) zgłasza źródła persony: założenia albo opinia zespołu, "
                               "tekst napisany przez model językowy, firma pytająca samą siebie („Założenia z "
                               "warsztatu zespołu”, „Handlowcy mówią…”, „Generated with ChatGPT”), przy jego "
                               "`note` albo `id`. Nie jest zgłaszana: mapa z co najmniej jednym źródłem, które "
                               "jest badaniem; mapa, której bariery, bolączki, mocne strony (`love_points`) "
                               "albo metryki cytują id źródła (unknown-source, CX302, prosi wtedy o jego "
                               "zdefiniowanie); wycofana mapa (`status: retired`), zostawiona dla porządku. "
                               "Źródła persony są jej własne: mapa wymienia badania, na których się opiera, a "
                               "jej cechy mogą je potem cytować.\n\nDo włączenia: reguła działa tylko tam, gdzie "
                               "zespół o nią poprosi, po nazwie albo kodzie (`--select CX305`, `extend-select "
                               "= [\"journey-without-sources\"]`) albo przez `enabled = true` w "
                               "`[rules.journey-without-sources]`; prefiks (`CX3`) ani `ALL` jej nie włączają. "
                               "Wiele map powstaje najpierw na warsztacie. Jej zgłoszenia są informacyjne "
                               "(info); zespół, którego mapy muszą opierać się na badaniach, dopisuje do tej "
                               "tabeli `severity = \"warning\"`, żeby zatrzymywały bramkę.",
    "stage-out-of-order": "Zgłaszany jest etap, którego id albo nazwa w całości to jedno z: awareness, "
                          "discovery, first contact, świadomość, odkrycie, pierwszy kontakt (w dowolnej "
                          "odmianie, z polskimi znakami albo bez), gdy stoi po etapie lojalności, rekomendacji "
                          "albo polecenia: loyalty, advocacy, recommendation, referral, lojalność, polecanie, "
                          "polecenie, rekomendacja. Zgłoszenie pada przy wczesnym etapie. Polecenie, "
                          "rekomendacja, referral czy recommendation (ktoś polecił klientowi firmę) przed "
                          "etapami innymi niż wczesne to miejsce, w którym zaczyna się ścieżka klienta z "
                          "polecenia: jest późne dopiero po zakupie albo używaniu. Advocacy, recommending, "
                          "rekomendowanie i polecanie (to klient poleca was innym; etap advocacy w polskim "
                          "szablonie cxkit to „Polecanie”) są późne, gdziekolwiek stoją. Nowa runda nie jest "
                          "błędem: etap pomiędzy nimi albo sam wczesny etap, który mówi, że ścieżka zaczyna "
                          "się od nowa („Powrót”, „Ponowny zakup”, „Next cycle”, „Re-awareness”, „Ponowna "
                          "świadomość”), kończy sprawdzanie, a nazwa, która tylko zaczyna się od takiego słowa "
                          "(„Awareness of the new tariff”), zostaje pominięta.",
    "vague-feeling": "Zgłaszane, gdy uczucie nie mówi nic więcej, także po słowach takich jak „Czuje się” albo "
                     "„Feels”: `neutral`, `neutralny`, `neutralnie`, `obojętny`, `OK`, `okej`, `spoko`, "
                     "`fine`, `meh`, `normalnie`, `so-so`, `tak sobie`, `bez emocji`, `nothing special`, "
                     "`brak`, `indifferent`, `all good`, `bez szału`, `normalka`, `jak zwykle`, `as usual`, "
                     "`okay I guess` oraz rzeczowniki `obojętność`, `neutralność`, `indifference` (z polskimi "
                     "znakami albo bez; także „Wszystko OK”, „It's fine” i „Emocje neutralne”, a także ze "
                     "wzmocnieniem: „Totalna obojętność”, „Completely indifferent”). Uczucie, które mówi "
                     "dalej, co persona robi albo dlaczego („Neutralnie, porównuje ceny w trzech sklepach”), "
                     "nie jest zgłaszane. Zgłoszenie pada przy `feeling`, niezależnie od oceny emocji; jest "
                     "informacyjne (info), więc przy domyślnym progu niepowodzenia nie psuje uruchomienia.",
    "stage-without-doing-thinking": "Zgłasza każdy etap bez `doing` albo bez `thinking` (albo z pustym), raz, "
                                    "z nazwą tego, czego brakuje. To, co klient czuje, należy do "
                                    "stage-without-emotion (CX401) i vague-feeling (CX412); wypełniacz "
                                    "(`TODO`, `uzupełnij`) do reguły placeholder (CX501).\n\nDo włączenia: "
                                    "reguła działa tylko tam, gdzie zespół o nią poprosi, po nazwie albo "
                                    "kodzie (`--select CX414`, `extend-select = "
                                    "[\"stage-without-doing-thinking\"]`) albo przez `enabled = true` w "
                                    "`[rules.stage-without-doing-thinking]`; prefiks (`CX4`) ani `ALL` jej nie "
                                    "włączają. Wiele map rysuje się najpierw od krzywej emocji, a scenariusz "
                                    "dopisuje się w miarę badań. Jej zgłoszenia są informacyjne (info); "
                                    "zespół, którego mapy muszą mieć cały scenariusz, dopisuje do tej tabeli "
                                    "`severity = \"warning\"`, żeby zatrzymywały bramkę.",
    "unmeasured-opportunity": "Co jest zgłaszane: etap z co najmniej jednym usprawnieniem, które ma "
                              "właściciela (`owner`, który kogoś wskazuje; nie `status: idea`, bo to jeszcze "
                              "nie decyzja), a nie ma `metrics` albo ma tylko takie, które żadnej miary nie "
                              "wskazują (`brak`, `nie mierzymy`, `brak mierników`, `nie wiemy`, `do "
                              "ustalenia`, `n/a`, `none`, `not measured`, `none yet`, `we don't track it`, "
                              "`TBD with analytics`, także z „na razie” albo „yet” obok; nie metryka, która "
                              "mówi, co jest liczone: „NPS po wdrożeniu”, „czas odpowiedzi < 2 h”, „Brak "
                              "reklamacji w 30 dni”). Po takich słowach i przecinku, średniku, dwukropku, "
                              "ukośniku albo myślniku między spacjami własne słowa nazywają metrykę („Do "
                              "ustalenia z BI, NPS po wdrożeniu”, „TBD with analytics / churn”); nie nazywają "
                              "jej: kiedy, z kim albo jak zostanie ustalona, kto ma o niej jeszcze zdecydować, "
                              "ani kolejne słowa, które żadnej miary nie wskazują („Do ustalenia z BI, po "
                              "pilotażu”, „TBD, Q3”, „Nie wiemy, jak to mierzyć”, „TBD, ask Kasia in BI”, "
                              "„Brak, nikt nie mierzy”, „Brak, do ustalenia”). Raz na etap, przy `action` "
                              "pierwszego takiego usprawnienia: zmiany, której skutków nikt nie obserwuje; "
                              "komunikat liczy usprawnienia etapu i podaje metrykę na początek, w języku "
                              "dokumentu.\n\nCo zostawia innym regułom: usprawnienie bez właściciela należy do "
                              "unowned-opportunity (CX403), bolączka bez usprawnienia do unaddressed-pain "
                              "(CX404), a metryka-wypełniacz (`TODO`, `TBD`) do reguły placeholder (CX501) "
                              "tam, gdzie ta reguła obowiązuje w jej wierszu (tutaj taka metryka żadnej miary "
                              "nie wskazuje, gdy reguła placeholder jest w tym miejscu wyłączona albo "
                              "wyciszona). Wycofana ścieżka (`status: retired`) nie jest sprawdzana: zostaje "
                              "dla porządku. Metryka jest czytana tak, jak ją napisano: czy wskazuje liczbę do "
                              "obserwowania, ocenia zespół.\n\nDo włączenia: reguła działa tylko tam, gdzie "
                              "zespół o nią poprosi, po nazwie albo kodzie (`--select CX415`, `extend-select = "
                              "[\"unmeasured-opportunity\"]`) albo przez `enabled = true` w "
                              "`[rules.unmeasured-opportunity]`; prefiks (`CX4`) ani `ALL` jej nie włączają. "
                              "Wiele map planuje usprawnienia, zanim ktokolwiek wie, co liczyć. Jej zgłoszenia "
                              "są informacyjne (info); zespół, którego mapy muszą mówić, po czym ocenić każde "
                              "usprawnienie, dopisuje do tej tabeli `severity = \"warning\"`, żeby zatrzymywały "
                              "bramkę.",
    "journey-without-dip": "Co jest zgłaszane: ścieżka z co najmniej `min-stages` ocenionymi etapami "
                           "(domyślnie 3), w której żadna `emotion` nie jest poniżej 0 i żaden etap nie "
                           "wymienia `barriers` ani `pain_points`; raz, przy jej `stages`. Komunikat podaje, "
                           "ile etapów oceniono i jaki jest zakres ich ocen. `love_points` nie liczą się w "
                           "żadną stronę: mapa może mówić, co zachwyca, i wciąż mówić, gdzie boli. Wycofana "
                           "ścieżka (`status: retired`) nie jest sprawdzana: zostaje dla porządku.\n\nCo "
                           "zostawia innym regułom: etap bez oceny należy do stage-without-emotion (CX401), "
                           "niska ocena bez usprawnienia do unaddressed-pain (CX404), radosne uczucie z niską "
                           "oceną do feeling-contradicts-emotion (CX409).\n\nZgłoszenie informacyjne (info), "
                           "domyślnie włączone: taka mapa rzadko jest zła celowo, ale „Wszystko w porządku” "
                           "pod nią brzmi jak zatwierdzenie. Zespół, którego mapy to robocze szkice, podnosi "
                           "`min-stages`; `[rules.journey-without-dip] enabled = false` wyłącza regułę.",
    "unowned-opportunity": "Co jest zgłaszane: usprawnienie bez `owner`, przy jego `action`; pusty `owner:` "
                           "albo właściciel, który nikogo nie wskazuje (niżej), przy właścicielu, czyli "
                           "wartości do zmiany. Termin `due` odległy o więcej niż 10 lat od dziś jest "
                           "zgłaszany przy nim jako nieprawdziwa data (literówka, np. `2207-03-31`; "
                           "podpowiadany jest rok, o który prawdopodobnie chodziło). Usprawnienie z "
                           "właścicielem, ale bez terminu `due`, przechodzi, chyba że ustawiono `require-due = "
                           "true`: domyślnie to wyłączone, bo roboczy szkic mapy ustala, kto, zanim wie, "
                           "kiedy; zespół, którego bramka musi przypisać każdą poprawkę do daty (kto, kiedy i "
                           "jak), włącza tę opcję.\n\n"
                           "Właściciele, którzy nikogo nie wskazują: w dowolnej wielkości liter, także z „na "
                           "razie” albo „yet” obok: `brak`, `nikt`, `ktoś`, `wszyscy`, `do ustalenia`, `nie "
                           "wiadomo`, `none`, `someone`, `anyone`, `unknown`, `TBC`, `tbd`, `to be decided`, "
                           "`n/a` albo sama interpunkcja (`?`, `—`); tak samo ktoś z zespołu, ktokolwiek ma "
                           "czas i decyzja, która dopiero zapadnie (`Ktoś z marketingu`, `Someone in sales`, "
                           "`Whoever is free`, `Kto ma czas`, `Do decyzji zarządu`, `To be decided by the "
                           "board`). Nazwa z pytaniem obok kogoś wskazuje („Kto? Marketing” przechodzi).\n\n"
                           "Właściciele, którymi są wszyscy: cały zespół albo cała firma (`Cały zespół`, "
                           "`Firma`, `The whole company`; także w urzędzie: `Cały wydział`, `Cały urząd`, "
                           "`Urząd Miasta`, `The whole council`), wszystkie zespoły, każdy pracownik albo "
                           "każdy w jakiejś roli (`Wszystkie działy`, `Wszystkie wydziały`, `Wszyscy "
                           "urzędnicy`, `Każdy pracownik`, `Każdy konsultant`, `All departments`, `All "
                           "directorates`, `Every agent`; nie każdy u siebie: `Każdy kierownik apteki (we "
                           "własnej aptece)`), `my` / `we` / `us`, zespół albo jednostka bez nazwy (`Zespół`, "
                           "`The team`, `Wydział`, `Referat`, `The department`: który?), dwie nazwane "
                           "jednostki (`Biuro Cyfryzacji / Wydział Spraw Obywatelskich`, `Biuro Cyfryzacji i "
                           "Wydział Spraw Obywatelskich`, `Team Growth and Team Retention`) albo zespoły, "
                           "które dzielą się zadaniem (`Marketing i sprzedaż razem`, `Marketing & Sales "
                           "together`, `Product/Engineering`, `Marketing/Sprzedaż`, `Sales or Support`, `IT "
                           "albo marketing`, `Anna lub Tomek`, `Product + CX`, `Shared: Product and CX`).\n\n"
                           "Właściciele, którzy przechodzą: jeden nazwany zespół (`Zespół płatności`, `Team "
                           "Growth`, `Cały zespół płatności`, `Zespół CX razem z IT`, `Sales & Marketing`, "
                           "`Zarząd`, `Wydział Spraw Obywatelskich`, `Naczelnik Wydziału`, `Urząd Miasta "
                           "Poznania`, `Leeds City Council`), także gdy mówi, że pracuje wspólnie (`Growth "
                           "team, working together`, `Zespół płatności (pracujemy razem)`); zespół i osoba z "
                           "niego (`Zespół e-commerce / Marta Kowalska`), jeden zespół o dwuczłonowej nazwie "
                           "(`UX/UI team`) i `US` wielkimi literami (zespół albo biuro w USA).\n\n"
                           "Pozostałości szablonu: właściciel z szablonu, który nikogo nie wskazuje (`TBD`, "
                           "`???`, `[owner]`, `DO ZROBIENIA`), to jeden problem zgłaszany raz, przez tę "
                           "regułę: reguła `placeholder` pomija takiego właściciela, dopóki ta reguła w nim "
                           "obowiązuje, a zgłasza go, gdy ta reguła jest wyłączona (niewybrana, w "
                           "`per-file-ignores` albo wyciszona komentarzem `# cxkit: disable`).\n\n"
                           "Wasze własne słowa: właścicieli, którzy nie wskazują nikogo odpowiedzialnego, "
                           "dopiszcie w `extend` („Cała gmina”), a nazwę własnego zespołu zwolnijcie w `allow` "
                           "(„Zespół”, gdy tak nazywa się zespół); jedno i drugie tak, jak jest napisane, w "
                           "dowolnej wielkości liter.",
    "feeling-contradicts-emotion": "Zgłaszane jest wyraźnie negatywne uczucie z oceną 0 lub wyższą albo wyraźnie "
                                   "radosne z oceną -1 lub -2. Uczucie jest wyraźnie negatywne, gdy "
                                   "gdziekolwiek nazywa złość, frustrację, rozczarowanie, strach, zagubienie "
                                   "albo stres (`Wściekły`, `Sfrustrowana`, `Zniechęcony`, `Zagubiona`, "
                                   "`Angry`, `Frustrated`, `Anxious`; „Pośpiech i frustracja”, „Presja czasu i "
                                   "złość”, „Rushed and frustrated”) i nie ma obok dobrego uczucia ani zwrotu "
                                   "(`ciekawość`, `ulga`, `ale`, `relieved`, `but`: „Ulga, ale i niepokój” to "
                                   "uczucie mieszane). Wyraźnie negatywne nie jest: bolesne słowo złagodzone "
                                   "albo zaprzeczone („Trochę zniecierpliwiony”, „Slightly annoyed”, „Nie "
                                   "czuje złości”, „Spokojnie, bez stresu”, „Calm, no stress”, „Nie jest już "
                                   "sfrustrowany”, „Nothing to worry about”) albo tylko wspomniane („Myśli o "
                                   "stresie z poprzednim kredytem”); złe uczucie, które mija („Stres znika po "
                                   "SMS-ie z kodem”, „Frustracja zniknęła po czacie”, „Anxiety gone”, "
                                   "„Confusion resolved”, „Stressed no more”, „Stresu brak”; ale brak, który "
                                   "je wywołuje, boli: „Frustracja przez brak informacji”, „Frustracja: brak "
                                   "SMS-a”); złożenie, które mówi o jego braku („Stress-free checkout”); zapał "
                                   "(„Anxious to start using it”); „zły”/„zła” przed tym, co było złe („Zła "
                                   "pogoda nie przeszkadza”); zmęczenie i znudzenie, z którymi klient "
                                   "przychodzi („Zmęczony po pracy, przegląda sklep z kanapy”; po „Czuje się” "
                                   "albo „Feels” bolą); ani żadne z nich, gdy pochodzi z dnia klienta („Stres "
                                   "w pracy sprawia, że zamawia nocą”, „Stressed at work, the app helps”). "
                                   "„Let down” i „Fed up” to także słowa rozczarowania. W drugą stronę: "
                                   "uczucie, które gdziekolwiek nazywa radosne słowo (`Zadowolona`, "
                                   "`Zachwycony`, `Ulga`, `Delighted`, `Relieved`, `Happy`; „Spokój i "
                                   "zadowolenie”, „Calm and relieved”) i nie ma zwrotu („ale”, „but”, „potem”, "
                                   "„at first”), zaprzeczenia ani innego uczucia, które nie jest radosne "
                                   "(„Zachwyt dźwiękiem, niepewność co do wygody”), jest wyraźnie radosne; "
                                   "radosne słowo, którego brakuje, którego jest mało albo na które klient "
                                   "dopiero czeka, nie jest („Brak zadowolenia”, „Mało zadowolona”, „Czeka na "
                                   "ulgę”, „Pyta o ulgę podatkową”, „Far from happy”, „Hopes for relief”). Nie "
                                   "jest też radosna ulga ani radość z odejścia czy z końca („Ulga, że to "
                                   "koniec współpracy z tym bankiem”, „Relieved to cancel the subscription at "
                                   "last”, „Glad it's over”, „Zachwycona konkurencją”): klient jest stracony, "
                                   "a niska ocena to pokazuje. Ani radosne słowo powiedziane z sarkazmem, "
                                   "które niska ocena czyta dobrze: osobna część zdania, która je odwraca "
                                   "(„Zachwycony… akurat”, „Happy, yeah right”, „Zadowolona, też mi coś”; "
                                   "„jasne”, „sure” na końcu), słowo, które to mówi („(sarkazm)”, "
                                   "„ironicznie”, „sarcastic”), buźka przewracająca oczami, „/s” na końcu albo "
                                   "samo radosne słowo w cudzysłowie, np. „Zadowolony” z trzeciego formularza. "
                                   "„Zachwycona, że kurier przyszedł akurat o 8” jest mimo to radosne. "
                                   "Zgłaszane przy ocenie emocji.",
    "journey-ends-at-purchase": "Etap zakupu rozpoznawany jest po id albo nazwie, która jest jednym ze słów "
                                "zakupu, w dowolnej odmianie (purchase, zakup, zakupy, checkout, order, "
                                "subscription, payment, kasa, a w B2B contract, umowa, closed-won, order form, "
                                "procurement, trial to paid, także koszyk: koszyk, cart…; listę można "
                                "zmienić), albo się od takiego słowa zaczyna („Zakup w promocji”, „Zakup na "
                                "raty”, „Zakup biletu”, „Kupno karmy”, „Koszyk i kasa”, „Zamówienie i "
                                "płatność”, „Purchase with Klarna”, „Pay at the till”, „Contract signed”, "
                                "„Procurement and PO”, „Upgrade to annual plan”, „Przejście na płatny plan”: "
                                "dalej może stać tylko to, gdzie i jak się płaci, albo kupowany bilet, plan "
                                "czy polisa), albo mówi o podpisaniu, złożeniu czy zamknięciu zakupu („Signs "
                                "the order form”, „Podpisanie umowy”, „Złożenie zamówienia”); po „zakup” albo "
                                "„kupno” może stać to, co się kupuje, chyba że mówi, że to kolejny zakup, i "
                                "tak samo po czasowniku kupowania albo płacenia („Pays for the Team plan”, "
                                "„Buys the Team plan”, „Płaci za abonament”, „Kupuje karmę”, „Opłacenie "
                                "zamówienia”, „Zapłata”; nie „Buy again”, „Pay later”, „Buying decision”, "
                                "„Kupuje ponownie”). To, co się kupuje, może mieć kilka słów („Zakup polisy "
                                "OC”, „Zakup roweru cargo”, „Kupno ubezpieczenia OC”, „Kupno karmy dla psa”, "
                                "„Kupuje buty biegowe”, „Purchase of the car policy”), chyba że któreś z nich "
                                "mówi, że zakup już minął albo jest kolejny („Zakup polisy AC dla drugiego "
                                "auta”, „Zakup roweru cargo i odbiór w sklepie”), albo nazwa ma dwie części "
                                "(„Zakup roweru – odbiór w sklepie”). Po tym, co się kupuje, może stać, kiedy, "
                                "gdzie, przez kogo albo po co, w najwyżej czterech własnych słowach po "
                                "przyimku („Zakup polisy turystycznej przed wyjazdem”, „Zakup polisy OC po "
                                "kolizji”, „Zakup polisy przez agenta w salonie”, „Buying travel insurance "
                                "before the trip”, „Policy bought through an agent in the branch”), a także "
                                "druga kupowana rzecz po „i” albo „and”, gdy jest polisą, rodzajem ochrony, "
                                "biletem albo subskrypcją, gdy nazwa mówi, że kupuje się ją razem z pierwszą, "
                                "albo gdy po polsku stoi w dopełniaczu jak pierwsza („Zakup OC i AC w "
                                "pakiecie”, „Zakup OC i NNW”, „Zakup roweru i kasku”, „Zakup laptopa i "
                                "plecaka”, „Buying car and home insurance”; nie „Zakup biletu i podróż”, "
                                "„Buying the policy and the welcome call”: to już następny krok); nie może "
                                "stać czas, który czyni z niego kolejny zakup („Zakup polisy po roku”, „po "
                                "wygaśnięciu poprzedniej”, „Buying a policy after a year”), krok za nim („po "
                                "zakupie auta”, „przed zgłoszeniem szkody”, „Zakup roweru i pierwsza jazda”) "
                                "ani szkoda („Zakup polisy po szkodzie”, „Buying insurance after a claim”: "
                                "szkodę zgłasza się z polisy, którą już się ma). „Buy”, „pay” i „purchase”, "
                                "także jako rzeczowniki, nazywają zakup przed rzeczą bez „the”, gdy ta rzecz "
                                "to polisa, ubezpieczenie, bilet, licencja albo subskrypcja („Buying travel "
                                "insurance”, „Buy tickets”; nie „Buying decision”, „Buying plan” ani „Purchase "
                                "plan”, czyli plan zakupów, ani „Pay rise and travel insurance”, gdzie „pay” "
                                "to pensja pracownika). Słowa ubezpieczyciela liczą się tak samo: zawarcie "
                                "umowy („Zawarcie umowy ubezpieczenia”), podpisanie, zawarcie, wystawienie "
                                "albo wykupienie polisy („Podpisanie polisy”, „Zawarcie polisy”, „Wystawienie "
                                "polisy”, „Wykupienie polisy”; nie „Zamknięcie polisy”), opłacenie składki "
                                "(„Opłacenie składki”, „Płatność składki”, „Zapłata składki”, jak „Pay the "
                                "premium”; nie „Opłacenie składki ZUS” ani „Zapłata składki zdrowotnej”) i "
                                "nazwa, która mówi, że to już się stało („Policy bought”, „Policy issued”, "
                                "„Polisa wystawiona”, „Składka opłacona”; nie „Refund issued”, „Claim paid”). "
                                "Ponowny zakup to lojalność, tak jak w etapach metody: „Zakup kolejnej polisy "
                                "po roku” wychodzi poza pierwszy zakup. „Po zakupie”, „post-purchase”, „Zakup "
                                "i dostawa”, „Zakup kolejnego worka”, „Porzucony koszyk”, „Buy again”, „Order "
                                "history”, „Onboarding after contract” i „Contract renewal” nie są zakupem: "
                                "tak jak etap dostawy po zakupie, „Zakup i dostawa” wychodzi poza niego.\n\n"
                                "Ścieżka, która od zakupu przechodzi do płacenia raz za razem, kończy się za "
                                "zakupem: ostatni etap, który mówi, że płatność się powtarza („Pays weekly”, "
                                "„Monthly payments”, „Płaci co miesiąc”), po wcześniejszym etapie, który "
                                "nazywa zakup, to to, co następuje po zakupie, jakiekolwiek ma id. Gdy zakup "
                                "nazywa tylko id, a nazwa, napisana własnymi słowami zespołu, nie („id: "
                                "purchase”, „Agrees the arrangement”), rada nie używa słów sklepu.\n\n"
                                "Zapłata za coś, czego się nie kupuje, nie jest zakupem: mandat, podatek, "
                                "opłata („Zapłata mandatu”, „Opłacenie podatku”, „Pays the fine”); nie jest "
                                "nim też rejestracja („Rejestracja”, „Registration”: wynik usługi publicznej; "
                                "dopisz „rejestracja” w `extend-purchase-stages`, gdy to zapis, który jest "
                                "waszą sprzedażą). Zapis do usługi jest zakupem w obu językach: „Sign-up”, "
                                "„Signup”, „Rejestracja konta”, „Założenie konta”; tak samo otwarcie konta "
                                "albo lokaty w banku, gdziekolwiek i jakkolwiek („Otwarcie konta”, „Otwarcie "
                                "konta w oddziale”, „Otwarcie rachunku”, „Otwarcie lokaty”, „Konto otwarte”, "
                                "„Account opening”, „Opening the account”, „Account opened”, także konkretnego "
                                "rodzaju: „Otwarcie konta firmowego”, „Open a savings account”, „Business "
                                "account opening”; nie „Zamknięcie konta”, „Ponowne otwarcie konta”, „Otwarcie "
                                "konta i pierwszy przelew”). Zgłoszenie nazywa etap po id, a także po nazwie, "
                                "gdy ta mówi więcej.\n\n"
                                "`purchase-stages` zastępuje domyślne słowa; `extend-purchase-stages` dopisuje "
                                "do nich wasze.",
    "missing-sources": "Zgłaszane dla person i person negatywnych: przy `sources`, gdy nie ma żadnych, a w "
                       "przeciwnym razie przy `note` albo `id` źródła, które nie jest badaniem. Zgłoszenie "
                       "mówi, o który z tych przypadków chodzi:\n\n"
                       "- Brak źródeł. Zgłaszane: persona bez `sources`. Niezgłaszane: każde źródło badań, "
                       "jakiegokolwiek rodzaju.\n\n"
                       "- Założenie. Źródło typu `other` albo `desk-research` bez `n`, którego notatka albo id "
                       "mówi, że jego treść jest założona: założenia, hipotezy, burza mózgów, domysł, "
                       "protopersona, odwrotność innej persony, wyobrażenie zarządu albo zespołu, własne "
                       "doświadczenie zespołu, zdrowy rozsądek albo przeczucie („Nasze doświadczenie z rynku”, "
                       "„Zdrowy rozsądek i obserwacje”, „Common sense”), albo źródło, w którym w ogóle nie ma "
                       "klienta. Zgłaszane: „założenia zespołu”, „burza mózgów”, „our assumptions”, "
                       "„Odwrotność persony Pawła”, „Wyobrażenie zarządu o idealnym kliencie”, „Team workshop "
                       "on sticky notes, no customer data”, „Warsztat zespołu bez udziału klientów”. "
                       "Niezgłaszane: założenie sprawdzone albo podane z wynikiem lub metodą („Testing the "
                       "assumption that…”, „weryfikacja założeń z warsztatu”, „assumptions about Gen Z "
                       "disproved”, „Hypothesis-driven analysis”); słowa, które tylko podobnie się zaczynają "
                       "(„domyślny”) albo mówią, czego eksport nie zawiera („bez danych osobowych”); w desk "
                       "research słowa samego raportu („założenia makroekonomiczne na s. 4”), chyba że zespół "
                       "przyznaje się do nich w tym samym zdaniu, oraz zdrowy rozsądek czy nasze doświadczenie "
                       "przywołane tylko po to, żeby je zacytować albo im zaprzeczyć („Badanie podważa tzw. "
                       "zdrowy rozsądek”, „Contrary to common sense, …”, „'Common sense is not a research "
                       "method'”); wyobrażenia samych klientów („Co-design session in which 9 customers "
                       "imagined their ideal claim form”). Wywiady, ankiety i dane są badaniami także wtedy, "
                       "gdy sprawdzały hipotezy.\n\n"
                       "- Opinia własnego zespołu. Źródło tych samych rodzajów, które podaje, co zespół uważa, "
                       "mówi, słyszy albo wie. Zgłaszane: „Zdaniem zarządu…”, „Nasz zespół uważa…”, „Zespół "
                       "sprzedaży uważa…”, „Handlowcy mówią…”, „Opinie naszych doradców”, „Wiedza naszych "
                       "handlowców”, „Management thinks…”, „the sales team's view”, „Our sales team say…”, "
                       "„Feedback from our account managers”. Opinia należy do zespołu, gdy notatka mówi "
                       "„nasz” albo „our”; zarząd, kierownictwo albo zespół liczą się także bez tego słowa, "
                       "gdy są wymienione same, w liczbie pojedynczej (a po nich stoi czasownik, „że”, temat, "
                       "koniec zdania albo jeden z naszych działów); stanowisko osoby („prezes”, „szef”, „the "
                       "CEO”) tylko z „nasz”. Niezgłaszane: ludzie kogoś innego („Opinie zarządu klienta”, "
                       "„Zdaniem zespołów IT w szkołach-klientach”, „Zdaniem zarządu wspólnoty”, „their "
                       "management thinks”, „Opinie szefów kuchni”); opinia oparta na badaniach z klientami, "
                       "wymienionych w innym zdaniu albo gdziekolwiek ze słowem o badaniach lub z liczbą "
                       "(„Zespół uważa wyniki za wstępne; 12 wywiadów z klientami”, „Zdaniem zespołu, po 12 "
                       "wywiadach z klientkami, …”); w desk research opinia bez „nasz” („zdaniem zarządów "
                       "firm”); handlowcy bez „nasz”, gdy persona sama jest jedną z nich; to, co zespół mówi, "
                       "słyszy albo wie, gdy notatka podaje liczebność próby („Feedback from our support team: "
                       "1,200 tickets”, „Uwagi naszych handlowców z 40 rozmów”). Próba to „n=…” albo liczba z "
                       "tym, co policzono, najwyżej trzy słowa dalej: rozmowy, wywiady, zgłoszenia, notatki, "
                       "połączenia, czaty, zamówienia, opinie (rozmów, wywiadów, zgłoszeń, notatek, ankiet…; "
                       "conversations, interviews, tickets…). Odsetek, rok, cena ani wiek nie są próbą: "
                       "„Handlowcy mówią, że klientki pytają o raty 0%” jest zgłaszane.\n\n"
                       "- Własna organizacja. Każde źródło, także wywiad, w którym pytano własnych dyrektorów "
                       "albo handlowców firmy albo któregoś z kierowników urzędu. Zgłaszane: „Rozmowa z naszym "
                       "prezesem”, „z naszymi handlowcami”, „Interview with our CEO”, „with our head of "
                       "sales”, „Interview with our CEO about the ideal buyer”; dla mieszkańca albo "
                       "wnioskodawcy „Wywiad z burmistrzem”, „Rozmowa z naczelnikiem wydziału”, „with the "
                       "council's chief executive”. Niezgłaszane: gdy razem z nimi pytano klientów, "
                       "wymienionych gdziekolwiek w notatce poza tym, czego rozmowa dotyczyła („z naszym "
                       "zarządem i 6 klientami”, „Wywiad z naczelnikiem i 8 wnioskodawcami”); wielu "
                       "kierowników („Wywiady z 5 burmistrzami”). Kierownicy urzędu wymienieni bez „nasz” nie "
                       "są zgłaszani dla persony, która sama jest jednym z ludzi urzędu (kierownik wydziału, "
                       "burmistrz, urzędnik — według jej nazwy, id, zawodu albo pierwszego zdania `summary` — "
                       "albo której zawód wskazuje urząd jako pracodawcę: „Head of Housing, district council”, "
                       "„informatyk w urzędzie gminy”; nie samorząd uczniowski ani spółka miejska), ani dla "
                       "takiej, która nie załatwia spraw w urzędzie jako mieszkaniec czy wnioskodawca (jej "
                       "nazwa, id, zawód i `summary` nie wymieniają urzędu, rady, wniosku, podatku, "
                       "mieszkańców ani najemców: „Rozmowa z burmistrzem, organem prowadzącym szkołę” w "
                       "personie dyrektorki szkoły). Sprzedawcy („z naszymi sprzedawcami”) to personel sklepu, "
                       "ale klienci marketplace'u: niezgłaszane, gdy persona jest sprzedawcą, kupcem, "
                       "właścicielem sklepu albo partnerem handlowym albo gdy jej `summary` opisuje "
                       "marketplace.\n\n"
                       "- Napisane przez model językowy. Źródło typu `other` albo `desk-research` bez `n`, "
                       "którego notatka mówi, że model je wygenerował, stworzył albo napisał. Zgłaszane: "
                       "„Persona generated with ChatGPT from the prompt…”, „wygenerowana przez AI”, "
                       "„GPT-4-generated”, „Copilot wrote the persona”. Niezgłaszane: badania o modelach "
                       "(„report written about AI”, „wrote to an AI chatbot”, „stworzyli własne narzędzia "
                       "AI”); model, który w tym samym zdaniu tylko transkrybował, streszczał, tłumaczył, "
                       "analizował albo przedstawiał na wykresach badania („Podsumowanie 12 wywiadów "
                       "wygenerowane przez ChatGPT”); napisany przez niego tekst, który sprawdzono.\n\n"
                       "- Cecha, która nie cytuje żadnego źródła, tylko z `trait-sources = true` (domyślnie "
                       "wyłączone). Zgłaszana: każda cecha bez własnych `sources` w personie, która ma źródła "
                       "(persona bez żadnych dostaje tylko zgłoszenie opisane wyżej). Domyślnie wyłączone, bo "
                       "wczesne szkice i każdy nowy obszar roboczy dostawałyby jedno zgłoszenie na cechę: "
                       "zespół, który ma już spisane badania, włącza tę opcję, żeby znaleźć to, co wciąż jest "
                       "założeniem.",
}

#: Each option's description in Polish, by the rule's name and the option's key; an option not here (a plugin's)
#: keeps the description its `RuleOptions` field gives.
OPTIONS: dict[str, dict[str, str]] = {
    "pseudo-profiling": {
        "max-age-span": "Najszerszy przedział `demographics.age` w latach (0 do 120), który nie jest zgłaszany (zespół, "
                        "którego badania podają wiek w przedziałach dziesięcioletnich, np. \"25-34\", ustawia 9).",
        "vague-share": "Odsetek ogólnikowych cech (0 do 1), powyżej którego zgłaszana jest cała persona (mająca co "
                       "najmniej 4 cechy).",
        "extend": "Wasze własne ogólnikowe frazy, w składni słowników: rdzenie z *, warianty rozdzielone | "
                  "(\"eko*\", \"premium|luksus*\").",
        "allow": "Frazy, które nigdy nie są zgłaszane, w tej samej składni, nawet gdy pasuje do nich słownik albo `extend`.",
    },
    "similar-personas": {
        "threshold": "Odsetek wspólnych rdzeni celów, zachowań i bolączek (Jaccard, 0 do 1), od którego dwie persony "
                     "uznaje się za podobne.",
    },
    "trait-overlap": {
        "similarity": "Odsetek wspólnych rdzeni (2 x wspólne / rdzenie obu, 0 do 1), od którego dwie cechy uznaje się za "
                      "tę samą cechę.",
    },
    "missing-sources": {
        "trait-sources": "Zgłaszaj też każdą cechę, która nie cytuje żadnego źródła, w personie, która wymienia swoje źródła.",
    },
    "stale-review": {
        "max-age-months": "Ile miesięcy najwyżej może mieć przegląd (1 do 1200).",
        "undated": "Zgłaszaj jako nieaktualny dokument bez daty `reviewed` i bez datowanego źródła: nie da się ustalić "
                   "jego wieku, a brak daty nie może przejść tam, gdzie stara data nie przechodzi. false zostawia go dla "
                   "missing-review-date (info).",
    },
    "unowned-opportunity": {
        "require-due": "Zgłaszaj też usprawnienia bez terminu (`due`).",
        "extend": "Kolejni właściciele, którzy nie wskazują nikogo odpowiedzialnego, tak jak są napisani (wielkość liter "
                  "i interpunkcja na brzegach bez znaczenia; np. [\"Cała gmina\", \"Sekretariat\"]).",
        "allow": "Właściciele, którzy nigdy nie są zgłaszani jako niewskazujący nikogo, tak jak są napisani (wielkość "
                 "liter bez znaczenia; np. [\"Zespół\"] tam, gdzie tak nazywa się jeden z zespołów).",
    },
    "unaddressed-pain": {
        "emotion-threshold": "Etap z emocją na tym poziomie albo niższą (-2 do 2) potrzebuje usprawnienia.",
    },
    "journey-ends-at-purchase": {
        "purchase-stages": "Id albo nazwy etapów (w dowolnym języku), które oznaczają sam zakup. Ustawienie zastępuje "
                           "domyślną listę; żeby zachować domyślne i dodać własne, użyj `extend-purchase-stages`.",
        "extend-purchase-stages": "Kolejne id albo nazwy etapów oznaczające zakup, dopisywane do `purchase-stages` (np. "
                                  "[\"rezerwacja\", \"booking\"]).",
    },
    "missing-stage": {
        "required": "Id etapów, które musi mieć każda ścieżka.",
    },
    "vague-action": {
        "extend": "Kolejne słowa, które po czasowniku poprawiania albo przeglądania niczego konkretnego nie nazywają (kogo "
                  "obsługujecie, proces, miejsce), po jednym słowie, w każdej formie, której używacie (np. "
                  "[\"pacjentów\", \"pacjentami\", \"patients\"]).",
        "allow": "Słowa, które czynią działanie konkretną zmianą, choć cxkit uznaje je za nienazywające niczego "
                 "konkretnego, albo czasownik, który uznaje za życzenie, gdy działanie się od niego zaczyna; po jednym "
                 "słowie (np. [\"onboarding\"], gdy to jedna z waszych stron, [\"speed\"] dla \"Speed up …\").",
    },
    "journey-without-dip": {
        "min-stages": "Ścieżka, która ma mniej ocenionych etapów (`emotion`) niż ta liczba (2 do 100), nie jest oceniana: "
                      "szkic z jednym czy dwoma etapami mówi za mało o całości.",
    },
}
