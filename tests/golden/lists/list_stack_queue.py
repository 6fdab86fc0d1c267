# Lists as stacks and simple queues.
stack = []
for task in ["a", "b", "c"]:
    stack.append(task)
    print("push", task, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = ["t1", "t2", "t3"]
queue.append("t4")
while queue:
    head = queue.pop(0)
    print("run", head, "waiting:", queue)
