class Shape:
    __match_args__ = ["kind"]
    kind = "circle"

def area(s):
    match s:
        case Shape("circle"):
            return 3.14

print("before")
print(area(Shape()))
