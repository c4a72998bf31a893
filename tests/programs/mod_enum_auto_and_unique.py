# auto() numbers members from 1; @unique rejects aliases.
from enum import Enum, auto, unique

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

print(list(Weekday), Weekday.WEDNESDAY.value)

@unique
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

print(Status("active"), f"{Status.INACTIVE}", str(Status.ACTIVE))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as error:
    print(error)
