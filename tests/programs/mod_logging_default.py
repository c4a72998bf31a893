# Without basicConfig the root logger prints WARNING and above as LEVEL:root:message.
import logging

logging.debug("not shown")
logging.info("not shown either")
logging.warning("watch out")
logging.error("%s failed after %d tries", "upload", 3)
print("stdout is separate")
