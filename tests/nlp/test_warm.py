"""Warming up compiles the date grammars and loads the language model before any message."""

from __future__ import annotations

from flowhub.nlp import _time_translate, detect, warm_up


def test_warm_up_fills_the_grammar_and_model_caches_once() -> None:
    warm_up()
    assert _time_translate._languages.cache_info().currsize == 1
    hits = _time_translate._languages.cache_info().hits
    warm_up()
    assert _time_translate._languages.cache_info().hits == hits
    assert detect._ranker.cache_info().currsize == 1
