"""Blocks laid out on pages: a block that can continue does, on as many pages as it takes."""

from __future__ import annotations

from eventviewer.printing.flow import Block, paginate

LINE = 10.0


class Lines(Block):
    """``n`` lines of text, LINE pixels each, that may continue after any line."""

    def __init__(self, n: int) -> None:
        super().__init__(LINE * n, lambda *_: None)
        self.n = n

    def split(self, room: float) -> tuple[Block, Block] | None:
        fit = int(room // LINE)
        return (Lines(fit), Lines(self.n - fit)) if 0 < fit < self.n else None


def test_a_block_taller_than_two_pages_continues_on_a_third() -> None:
    """The part carried to a new page is split again there: before, it stood on that page
    whole and ran past its foot (a comparison's table lost its last rows under the footer)."""
    pages = paginate([Lines(3), Lines(25)], lambda _: 100.0)
    assert [[b.height for b in page] for page in pages] == [[30.0, 70.0], [100.0], [80.0]]


def test_a_block_that_cannot_continue_stands_whole_on_a_page_of_its_own() -> None:
    tall = Block(250.0, lambda *_: None)
    pages = paginate([Lines(3), tall, Lines(2)], lambda _: 100.0)
    assert [[b.height for b in page] for page in pages] == [[30.0], [250.0], [20.0]]
