# One call that fills 160 MB ([0] * 10**7): making a large object costs a tick per 256 bytes
# (625,000 here), and work the budget cannot pay for is stopped before it starts (room_for /
# native_affordable).
print("start")
while True:
    items = [0] * 10**7
