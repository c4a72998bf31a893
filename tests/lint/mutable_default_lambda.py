push = lambda item, stack=[]: stack.append(item) or stack

push(1)
print(push(2))
