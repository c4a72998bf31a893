# os.getenv with a default, as configuration code reads variables that are not set.
import os

debug = os.getenv("MYAPP_DEBUG_FLAG_UNSET", "0") == "1"
port = int(os.environ.get("MYAPP_PORT_UNSET", "8000"))
print(debug, port, os.getenv("MYAPP_NAME_UNSET"))
print("MYAPP_PORT_UNSET" in os.environ)
