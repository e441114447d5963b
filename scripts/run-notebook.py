"""Runs a notebook top to bottom on a Jupyter kernel and writes it back with the outputs.

usage: run-notebook.py <in.ipynb> <out.ipynb> [--kernel deno] [--timeout 300]

Like `jupyter nbconvert --execute`, with one difference that Deno's kernel needs: nbconvert stops
collecting a cell's outputs when the kernel reports itself idle, and Deno sometimes reports idle
before the cell's last outputs are on their way, so nbconvert loses them at random. Here outputs
are matched to their cell by the request they answer, whenever they arrive, and the run ends
with one more request whose own result can only come after every earlier cell's outputs.

Exits 1, naming the cell, when a cell fails (the kernel's reply says error) or its result never
arrives within the timeout.
"""

import argparse
import queue
import sys
import time

import nbformat
from jupyter_client.manager import start_new_kernel

SENTINEL = '"every cell has answered"'


def output_of(message):
    """The nbformat output of an IOPub message, or None for status and input messages."""
    kind = message["msg_type"]
    if kind in ("display_data", "execute_result", "stream", "error"):
        return nbformat.v4.output_from_msg(message)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebook")
    parser.add_argument("output")
    parser.add_argument("--kernel", default="deno")
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()

    notebook = nbformat.read(args.notebook, as_version=4)
    manager, client = start_new_kernel(kernel_name=args.kernel, startup_timeout=args.timeout)
    outputs = {}
    try:
        requests = {}
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            msg_id = client.execute(cell.source, store_history=True)
            requests[msg_id] = index
            outputs[msg_id] = []
            reply = client.get_shell_msg(timeout=args.timeout)
            while reply["parent_header"].get("msg_id") != msg_id:
                reply = client.get_shell_msg(timeout=args.timeout)
            content = reply["content"]
            cell.execution_count = content.get("execution_count")
            if content["status"] != "ok":
                print(
                    f"{args.notebook}: cell {cell.get('id', index)} failed: "
                    f"{content.get('ename', '')}: {content.get('evalue', '')}",
                    file=sys.stderr,
                )
                return 1
        # The sentinel's result is sent after every earlier cell has finished and sent its own.
        sentinel = client.execute(SENTINEL, store_history=False)
        deadline = time.monotonic() + args.timeout
        done = False
        while not done:
            try:
                message = client.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                print(f"{args.notebook}: the kernel's outputs did not all arrive", file=sys.stderr)
                return 1
            parent = message["parent_header"].get("msg_id")
            if parent == sentinel and message["msg_type"] == "execute_result":
                done = True
            elif parent in outputs:
                output = output_of(message)
                if output is not None:
                    outputs[parent].append(output)
        for msg_id, index in requests.items():
            notebook.cells[index].outputs = outputs[msg_id]
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    nbformat.write(notebook, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
