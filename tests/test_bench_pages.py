"""The bench's page timer counts a page that failed, or that came without some of its facets
(past Datasette's facet time limit), as a miss, never as a fast page."""

import pytest

from bench.run import PageFailed, page_ms


class Answer:
    def __init__(self, status: int, content: bytes):
        self.status_code, self.content = status, content


class Client:
    def __init__(self, answer: Answer):
        self.answer = answer

    def get(self, path):
        return self.answer


def test_a_page_that_answers_is_timed():
    assert len(page_ms(Client(Answer(200, b"<p>ok</p>")), "/x", 3)) == 3


@pytest.mark.parametrize("answer, why", [
    (Answer(400, b"SQL query took too long"), "400 after"),
    (Answer(200, b'<p class="facets-timed-out">These facets timed out: design</p>'), "with facets timed out"),
])
def test_a_failed_page_or_one_without_its_facets_is_a_miss(answer, why):
    with pytest.raises(PageFailed, match=why):
        page_ms(Client(answer), "/evidence/studies?_search=x", 3)
