# covers: logging.basicConfig(level=INFO, format='%(levelname)s:%(name)s:%(message)s') to the default stderr stream; level filtering
# kind: program
# rule: exact
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("not shown")
logging.info("service starting on port %d", 8080)
logging.warning("slow response: %.2f s", 1.23456)
print("stdout line between logs")
logging.error("failed %s times", 3)
