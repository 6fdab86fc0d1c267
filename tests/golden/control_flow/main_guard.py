# Scripts run as __main__.
def main():
    print("main running as", __name__)
    return 0

print("module level first")
if __name__ == "__main__":
    main()
else:
    print("imported")
print(__name__ == "__main__")
