# A traceback lists every frame from the outermost call.
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def main():
    print("loading")
    data = load(["1", "2", "three"])
    print(data)

main()
