# Enum members in a loop and a dictionary dispatch, as state machines use them.
from enum import Enum

class Light(Enum):
    RED = "stop"
    YELLOW = "slow"
    GREEN = "go"

following = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
state = Light.RED
for _ in range(4):
    print(state.name, "means", state.value)
    state = following[state]
print(Light("go"), Light.GREEN in following)
