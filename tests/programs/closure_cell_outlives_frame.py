# A cell outlives the frame that created it while a closure holds it.
def make():
    data = {"hits": 0}

    def hit():
        data["hits"] += 1
        return data["hits"]

    return hit


hit = make()
for _ in range(3):
    hit()
print(hit.__closure__[0].cell_contents)
del make
print(hit())
