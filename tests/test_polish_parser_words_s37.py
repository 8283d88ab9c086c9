"""The parser's own words in Polish are said by "parser …": each must read as that sentence's verb phrase."""

import re

from cxkit.lint import polish_reader


def test_every_parser_phrase_is_what_the_parser_did():
    # "parser wartości mapowania nie mogą stać w tym miejscu" and "parser plik skończył się" were not Polish sentences
    verb = re.compile(r"(nie )?(znalazł|oczekiwał|dopuszcza)\b")
    odd = {english: polish for english, polish in polish_reader._PARSER.items() if not verb.match(polish)}
    assert odd == {}


def test_mapping_values_and_end_of_stream_read_as_sentences():
    said = polish_reader._parser
    assert said("mapping values are not allowed here") == "parser nie dopuszcza tu pary „klucz: wartość”"
    assert said("mapping values are not allowed in this context") == "parser nie dopuszcza w tym miejscu pary „klucz: wartość”"
    assert said("found unexpected end of stream") == "parser znalazł niespodziewany koniec pliku"
    # `name: [` then the end of the file: the parser's words were quoted in English
    assert said("did not find expected node content") == "parser nie znalazł oczekiwanej wartości"
    # a phrase it does not know is quoted as the parser wrote it
    assert said("something new") == "parser zgłasza: „something new”"
