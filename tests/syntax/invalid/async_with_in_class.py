class A:
    async with x:
        pass
