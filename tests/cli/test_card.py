"""`netevent profile --email --phone --url` and `netevent card [--qr] [-o FILE]`, bad paths included."""

from __future__ import annotations

from pathlib import Path

import pytest
import vobject
from click.testing import CliRunner

from netevent.cli import main
from netevent.storage.repository import Repository

from ..helpers.qr import block_lines, decode_blocks, decode_png

PROFILE = [
    "profile",
    "--name", "Pia Nørby",
    "--company", "Nørby Revision",
    "--role", "Revisor",
    "--email", "pia@norby.dk",
    "--phone", "+45 12 34 56 78",
    "--url", "https://norby.dk",
    "--pitch", "Jeg hjælper små virksomheder med moms, løn og årsregnskab, så de kan bruge tiden på kunderne.",
]  # fmt: skip


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(main, list(args), catch_exceptions=False)


def card_text(db_path: Path) -> str:
    """What `netevent card` prints, CRLF line ends and all."""
    return run("card", "--db", str(db_path)).stdout_bytes.decode("utf-8")


@pytest.fixture
def profiled(db_path: Path) -> bytes:
    """A data file with your profile filled in; returns its bytes, to show that `card` never writes."""
    result = run(*PROFILE, "--db", str(db_path))
    assert result.exit_code == 0, result.output
    return db_path.read_bytes()


def test_profile_sets_and_shows_the_contact_details(db_path: Path, profiled: bytes) -> None:
    shown = run("profile", "--db", str(db_path)).stdout
    assert (
        "Email:   pia@norby.dk" in shown
        and "Phone:   +45 12 34 56 78" in shown
        and "Web:     https://norby.dk" in shown
    )
    with Repository.open(db_path, read_only=True) as repo:
        assert (repo.profile.email, repo.profile.phone, repo.profile.url) == (
            "pia@norby.dk",
            "+45 12 34 56 78",
            "https://norby.dk",
        )


def test_card_prints_the_vcard_and_another_netevent_imports_it(tmp_path: Path, db_path: Path, profiled: bytes) -> None:
    text = run("card", "--db", str(db_path)).stdout
    card = vobject.readOne(text)
    assert (card.fn.value, card.email.value, card.url.value) == ("Pia Nørby", "pia@norby.dk", "https://norby.dk")
    other = tmp_path / "other.json"
    result = CliRunner().invoke(main, ["import", "-", "--db", str(other)], input=text.encode())
    assert result.exit_code == 0, result.output
    with Repository.open(other, read_only=True) as repo:
        (pia,) = repo.people()
        assert (pia.name, pia.company, pia.role, pia.phone) == (
            "Pia Nørby",
            "Nørby Revision",
            "Revisor",
            "+45 12 34 56 78",
        )
        assert pia.about.startswith("Jeg hjælper små virksomheder")
    assert db_path.read_bytes() == profiled


def test_card_qr_drawn_for_a_file_holds_the_whole_card(db_path: Path, profiled: bytes) -> None:
    drawn = run("card", "--qr", "--db", str(db_path)).stdout
    assert decode_blocks(block_lines(drawn)) == card_text(db_path)


def test_card_qr_fits_an_80x24_terminal_beside_its_caption(db_path: Path, profiled: bytes) -> None:
    drawn = run("card", "--qr", "--db", str(db_path), env={"COLUMNS": "80", "LINES": "24"}).stdout
    lines = drawn.splitlines()
    assert len(lines) <= 23 and all(len(line) <= 80 for line in lines)  # the prompt keeps the 24th
    assert "Left out to fit this window" in drawn and "saves the whole card" in drawn
    card = vobject.readOne(decode_blocks(block_lines(drawn)))
    assert (card.fn.value, card.tel.value, card.email.value) == ("Pia Nørby", "+45 12 34 56 78", "pia@norby.dk")


def test_card_qr_o_png_writes_an_image_of_the_whole_card(tmp_path: Path, db_path: Path, profiled: bytes) -> None:
    image = tmp_path / "card.png"
    result = run("card", "--qr", "-o", str(image), "--db", str(db_path))
    assert result.exit_code == 0 and result.stdout == f"Wrote the QR code of your card to {image}\n"
    assert decode_png(image.read_bytes()) == card_text(db_path)
    svg = tmp_path / "card.svg"
    assert run("card", "-o", str(svg), "--db", str(db_path)).exit_code == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    vcf = tmp_path / "me.vcf"
    assert run("card", "-o", str(vcf), "--db", str(db_path)).exit_code == 0
    assert vobject.readOne(vcf.read_text(encoding="utf-8")).fn.value == "Pia Nørby"


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/card.png", "the folder"),
        ("folder.png", "is a folder"),
        ("card.txt", "a QR code is saved as .png or .svg, not 'card.txt'"),
    ],
)
def test_a_broken_output_path_is_one_line_and_writes_nothing(
    tmp_path: Path, db_path: Path, profiled: bytes, target: str, message: str
) -> None:
    (tmp_path / "folder.png").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("card", "--qr", "-o", str(tmp_path / target), "--db", str(db_path))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("netevent: ") and message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before and db_path.read_bytes() == profiled


def test_card_without_a_name_says_how_to_set_it(db_path: Path) -> None:
    assert run("profile", "--email", "pia@norby.dk", "--db", str(db_path)).exit_code == 0
    result = run("card", "--qr", "--db", str(db_path))
    assert result.exit_code == 1
    assert result.stderr == 'netevent: your card needs your name: set it with `netevent profile --name "Your Name"`\n'
