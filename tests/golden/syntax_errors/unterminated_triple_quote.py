print("ok")
text = """never
closed
