# covers: logging with no configuration: default WARNING level, default "LEVEL:root:message" format on stderr; debug/info dropped
# kind: program
# rule: exact
import logging

print("start")
logging.debug("hidden debug")
logging.info("hidden info")
logging.warning("disk at %d%%", 91)
logging.error("could not open %s", "data.csv")
logging.critical("shutting down")
print("end")
