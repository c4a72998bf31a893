class C:
    async def items(self):
        yield 1
        yield from self.rest()
