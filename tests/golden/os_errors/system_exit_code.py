import sys
try:
    sys.exit("fatal: bad config")
except SystemExit as e:
    print("code:", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
try:
    raise SystemExit(2, "x")
except SystemExit as e:
    print("code:", e.code)
print("exiting with a message")
sys.exit("bye: " + str(3))
