# A tutorial-style script: write a small data set to disk, then summarise it with pathlib, os,
# io and json
import io
import json
import os
from pathlib import Path

data_dir = Path("inventory")
(data_dir / "raw").mkdir(parents=True, exist_ok=True)

stores = {
    "north": [("apple", 12, 0.5), ("pear", 3, 0.75), ("plum", 0, 1.2)],
    "south": [("apple", 7, 0.55), ("kiwi", 20, 0.3)],
    "east": [],
}
for store, rows in stores.items():
    buf = io.StringIO()
    buf.write("item,count,price\n")
    for item, count, price in rows:
        buf.write(f"{item},{count},{price}\n")
    (data_dir / "raw" / f"{store}.csv").write_text(buf.getvalue())

summary = {}
for csv_path in sorted((data_dir / "raw").glob("*.csv")):
    lines = csv_path.read_text().splitlines()[1:]
    total = 0.0
    for line in lines:
        item, count, price = line.split(",")
        total += int(count) * float(price)
    summary[csv_path.stem] = {"items": len(lines), "value": round(total, 2),
                              "bytes": csv_path.stat().st_size}
    print(f"{csv_path.name:<10} {len(lines)} items, worth {total:6.2f}")

report = data_dir / "report.json"
report.write_text(json.dumps(summary, indent=2, sort_keys=True))
print(report.read_text())

empty = [p.name for p in sorted(data_dir.rglob("*.csv")) if len(p.read_text().splitlines()) == 1]
print("empty stores:", empty)
archive = data_dir / "archive"
archive.mkdir()
for name in empty:
    (data_dir / "raw" / name).rename(archive / name)
print(sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*")))
print(sum(len(files) for _, _, files in os.walk(data_dir)), "files")
