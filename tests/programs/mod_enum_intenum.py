# IntEnum members are ints: arithmetic, comparison and str as the int in 3.11.
from enum import IntEnum

class HTTPStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK == 200, HTTPStatus.OK < 300)
print(HTTPStatus(404).name, HTTPStatus.NOT_FOUND + 1, sorted([HTTPStatus.SERVER_ERROR, HTTPStatus.OK]))
print(f"code {HTTPStatus.NOT_FOUND}", isinstance(HTTPStatus.OK, int), int(HTTPStatus.OK))
