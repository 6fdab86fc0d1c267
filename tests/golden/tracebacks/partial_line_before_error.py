# stdout keeps text without a trailing newline; the traceback goes to stderr.
print("progress:", end=" ")
for step in range(1, 5):
    print(step, end=" ")
    if step == 3:
        raise RuntimeError(f"failed at step {step}")
