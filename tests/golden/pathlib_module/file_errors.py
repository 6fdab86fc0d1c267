# Path's file-system errors
from pathlib import Path

Path("d").mkdir()
Path("f.txt").write_text("x")
attempts = [
    lambda: Path("missing.txt").read_text(),
    lambda: Path("missing.txt").read_bytes(),
    lambda: Path("missing.txt").unlink(),
    lambda: Path("missing.txt").stat(),
    lambda: Path("missing.txt").rename("x.txt"),
    lambda: Path("d").mkdir(),
    lambda: Path("f.txt").mkdir(exist_ok=True),
    lambda: Path("x/y").mkdir(),
    lambda: Path("d").read_text(),
    lambda: Path("d").unlink(),
    lambda: Path("f.txt").rmdir(),
    lambda: Path("f.txt").touch(exist_ok=False),
    lambda: Path("no/dir/file.txt").write_text("x"),
    lambda: list(Path("f.txt").iterdir()),
    lambda: list(Path("nodir").iterdir()),
    lambda: Path("f.txt").write_text(b"bytes"),
    lambda: Path("f.txt").write_bytes("text"),
]
for attempt in attempts:
    try:
        print("no error:", attempt())
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
