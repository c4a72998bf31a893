# Function attributes versus closure cells as two ways to keep state.
def with_attribute():
    with_attribute.calls += 1
    return with_attribute.calls


with_attribute.calls = 0


def make_with_cell():
    calls = 0

    def with_cell():
        nonlocal calls
        calls += 1
        return calls

    return with_cell


with_cell = make_with_cell()
print([with_attribute() for _ in range(3)], [with_cell() for _ in range(3)])
print(with_attribute.__closure__, with_cell.__closure__ is not None)
