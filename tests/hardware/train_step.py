#!/usr/bin/env python3
"""One DDP training step over NCCL on every local GPU; prints one JSON line on stdout.

Run by the linkgate smoke suite (training-step) on a canary node:

    python3 train_step.py [--steps N] [--size N]

Output (last stdout line), rank 0 only:
    {"ok": true, "worldSize": 8, "stepTimeMs": 12.3, "loss": 1.0123, "backend": "nccl",
     "torch": "2.4.0", "cuda": "12.4", "nccl": "2.21.5"}
or, when the node cannot run it at all:
    {"ok": false, "skip": "torch is not installed"}
A failure inside the step exits non-zero with {"ok": false, "error": "..."}.
"""
import argparse
import json
import math
import os
import socket
import sys
import time


def emit(doc):
    print(json.dumps(doc), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, world, port, args, queue):
    import torch
    import torch.distributed as dist
    from torch.nn.parallel import DistributedDataParallel as DDP

    os.environ["MASTER_ADDR"] = "127.0.0.1"
    os.environ["MASTER_PORT"] = str(port)
    torch.cuda.set_device(rank)
    dist.init_process_group("nccl", rank=rank, world_size=world)
    try:
        torch.manual_seed(1234)  # same weights on every rank, so the loss is reproducible
        model = torch.nn.Sequential(
            torch.nn.Linear(args.size, args.size), torch.nn.ReLU(), torch.nn.Linear(args.size, 1)
        ).cuda(rank)
        ddp = DDP(model, device_ids=[rank])
        opt = torch.optim.SGD(ddp.parameters(), lr=0.01)
        gen = torch.Generator(device="cuda").manual_seed(rank)
        x = torch.randn(64, args.size, device="cuda", generator=gen)
        y = torch.randn(64, 1, device="cuda", generator=gen)
        # Warm-up step: NCCL communicator setup and CUDA kernel loading are not the step time.
        loss = torch.nn.functional.mse_loss(ddp(x), y)
        loss.backward()
        opt.step()
        opt.zero_grad()
        torch.cuda.synchronize()
        dist.barrier()
        start = time.perf_counter()
        for _ in range(args.steps):
            loss = torch.nn.functional.mse_loss(ddp(x), y)
            loss.backward()  # the gradient all-reduce over NCCL happens here
            opt.step()
            opt.zero_grad()
        torch.cuda.synchronize()
        elapsed = (time.perf_counter() - start) / args.steps
        total = loss.detach().clone()
        dist.all_reduce(total)
        if rank == 0:
            queue.put({"stepTimeMs": round(elapsed * 1000, 3), "loss": round(total.item() / world, 6)})
    finally:
        dist.destroy_process_group()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=1)
    parser.add_argument("--size", type=int, default=4096)
    args = parser.parse_args()
    try:
        import torch
        import torch.multiprocessing as mp
    except ImportError:
        emit({"ok": False, "skip": "torch is not installed"})
        return 0
    if not torch.cuda.is_available() or torch.cuda.device_count() == 0:
        emit({"ok": False, "skip": "no CUDA device visible to torch"})
        return 0
    if not torch.distributed.is_nccl_available():
        emit({"ok": False, "skip": "this torch build has no NCCL"})
        return 0
    world = torch.cuda.device_count()
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    try:
        mp.start_processes(worker, args=(world, free_port(), args, queue), nprocs=world, join=True, start_method="spawn")
        result = queue.get(timeout=5)
    except Exception as error:  # a rank died: NCCL error, Xid, OOM
        emit({"ok": False, "error": str(error).strip().splitlines()[-1] if str(error).strip() else repr(error)})
        return 1
    ok = math.isfinite(result["loss"])
    nccl = ".".join(str(v) for v in torch.cuda.nccl.version()) if hasattr(torch.cuda, "nccl") else None
    emit({"ok": ok, "worldSize": world, "backend": "nccl", "torch": torch.__version__, "cuda": torch.version.cuda, "nccl": nccl, **result})
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
