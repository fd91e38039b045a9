"""Execute a Deno-kernel notebook headless, as `jupyter nbconvert --to notebook --execute` does, and fail on
any cell error.

Why not plain nbconvert: Deno 2.9's kernel sometimes reports a cell idle before it has sent the cell's
output (about one cell in twenty); nbconvert then silently drops that output. This executor waits up to
LATE_OUTPUT_SECONDS more for output addressed to a cell that finished with none.

Usage: python3 scripts/deno_execute.py NOTEBOOK OUTPUT [--timeout SECONDS]
"""

import argparse
import asyncio
import sys
import time
from queue import Empty

import nbformat
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async
from nbconvert.preprocessors import ExecutePreprocessor

LATE_OUTPUT_SECONDS = 3.0


class DenoExecutePreprocessor(ExecutePreprocessor):
    """ExecutePreprocessor that collects output arriving after the kernel said the cell was done."""

    async def _async_poll_output_msg(self, parent_msg_id, cell, cell_index):
        await super()._async_poll_output_msg(parent_msg_id, cell, cell_index)
        if cell.outputs:
            return
        deadline = time.monotonic() + LATE_OUTPUT_SECONDS
        while not cell.outputs and time.monotonic() < deadline:
            try:
                msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=max(0.05, deadline - time.monotonic())))
            except (Empty, asyncio.TimeoutError):
                break
            if msg["parent_header"].get("msg_id") != parent_msg_id:
                continue
            try:
                self.process_message(msg, cell, cell_index)
            except CellExecutionComplete:
                pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("output")
    parser.add_argument("--timeout", type=int, default=300)
    args = parser.parse_args()
    nb = nbformat.read(args.notebook, as_version=4)
    executor = DenoExecutePreprocessor(timeout=args.timeout, kernel_name="deno", allow_errors=False)
    try:
        executor.preprocess(nb, {"metadata": {"path": str(__import__("pathlib").Path(args.notebook).resolve().parent)}})
    finally:
        nbformat.write(nb, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
