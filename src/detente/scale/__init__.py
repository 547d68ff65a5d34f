"""Engines that run the pipeline's batch functions: locally in worker processes, or on a cluster."""
