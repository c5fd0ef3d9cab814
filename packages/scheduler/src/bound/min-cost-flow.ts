// Min-cost flow by the primal-dual method: Dijkstra on reduced costs sets the node potentials, then
// a Dinic blocking flow saturates every cheapest path at once. The scheduler's network has few
// distinct path costs (small integer weights), so a handful of phases suffice even for 30,000
// meetings, where one Dijkstra per unit of flow would take minutes.

export class MinCostFlow {
  private readonly nodeCount: number;
  private arcCount = 0;
  private head: Int32Array;
  private nextArc: Int32Array;
  private target: Int32Array;
  private capacity: Int32Array;
  private arcCost: Float64Array;

  constructor(nodeCount: number, expectedArcs = 16) {
    this.nodeCount = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
    const size = Math.max(16, expectedArcs * 2);
    this.nextArc = new Int32Array(size);
    this.target = new Int32Array(size);
    this.capacity = new Int32Array(size);
    this.arcCost = new Float64Array(size);
  }

  /** Adds an arc and returns its index; flowOn(index) reads the flow after solving. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (this.arcCount + 2 > this.target.length) this.grow();
    const forward = this.arcCount;
    this.link(forward, from, to, capacity, cost);
    this.link(forward + 1, to, from, 0, -cost);
    this.arcCount += 2;
    return forward;
  }

  flowOn(arc: number): number {
    return this.capacity[arc ^ 1];
  }

  /**
   * Sends flow from source to sink while the cheapest residual path has negative cost, so the
   * result is a minimum-cost flow of any value. Returns the flow value and its cost.
   */
  minimiseCost(source: number, sink: number): { flow: number; cost: number } {
    const potential = this.initialPotentials(source);
    let flow = 0;
    let cost = 0;
    const distance = new Float64Array(this.nodeCount);
    const level = new Int32Array(this.nodeCount);
    const cursor = new Int32Array(this.nodeCount);
    for (;;) {
      this.shortestDistances(source, potential, distance);
      if (distance[sink] === Infinity) break;
      // Capping at the sink's distance keeps every residual reduced cost non-negative, including
      // arcs out of nodes that are unreachable now but may be reached again later.
      const sinkDistance = distance[sink];
      for (let v = 0; v < this.nodeCount; v++) potential[v] += Math.min(distance[v], sinkDistance);
      const pathCost = potential[sink] - potential[source];
      if (pathCost >= 0) break;
      const pushed = this.blockingFlows(source, sink, potential, level, cursor);
      if (pushed === 0) break;
      flow += pushed;
      cost += pushed * pathCost;
    }
    return { flow, cost };
  }

  private link(arc: number, from: number, to: number, capacity: number, cost: number): void {
    this.target[arc] = to;
    this.capacity[arc] = capacity;
    this.arcCost[arc] = cost;
    this.nextArc[arc] = this.head[from];
    this.head[from] = arc;
  }

  private grow(): void {
    const size = this.target.length * 2;
    const resize = <T extends Int32Array | Float64Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.nextArc = resize(this.nextArc, new Int32Array(size));
    this.target = resize(this.target, new Int32Array(size));
    this.capacity = resize(this.capacity, new Int32Array(size));
    this.arcCost = resize(this.arcCost, new Float64Array(size));
  }

  /**
   * Shortest distances with the original (possibly negative) costs, in topological order when the
   * network is acyclic (the scheduler's is), else by Bellman-Ford. Unreachable nodes never join a
   * path, so their potential does not matter.
   */
  private initialPotentials(source: number): Float64Array {
    const n = this.nodeCount;
    const distance = new Float64Array(n).fill(Infinity);
    distance[source] = 0;
    const indegree = new Int32Array(n);
    for (let arc = 0; arc < this.arcCount; arc += 2) if (this.capacity[arc] > 0) indegree[this.target[arc]]++;
    const order = new Int32Array(n);
    let tail = 0;
    for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
    for (let headIndex = 0; headIndex < tail; headIndex++) {
      const u = order[headIndex];
      for (let arc = this.head[u]; arc !== -1; arc = this.nextArc[arc]) {
        if ((arc & 1) !== 0 || this.capacity[arc] <= 0) continue;
        const v = this.target[arc];
        if (distance[u] !== Infinity && distance[u] + this.arcCost[arc] < distance[v]) distance[v] = distance[u] + this.arcCost[arc];
        if (--indegree[v] === 0) order[tail++] = v;
      }
    }
    if (tail < n) this.bellmanFord(distance);
    for (let v = 0; v < n; v++) if (distance[v] === Infinity) distance[v] = 0;
    return distance;
  }

  private bellmanFord(distance: Float64Array): void {
    for (let round = 0; round < this.nodeCount; round++) {
      let changed = false;
      for (let arc = 0; arc < this.arcCount; arc++) {
        if (this.capacity[arc] <= 0) continue;
        const u = this.target[arc ^ 1];
        if (distance[u] === Infinity) continue;
        const candidate = distance[u] + this.arcCost[arc];
        if (candidate < distance[this.target[arc]]) {
          distance[this.target[arc]] = candidate;
          changed = true;
        }
      }
      if (!changed) return;
    }
    throw new Error('MinCostFlow: negative cycle in the initial network');
  }

  /** Dijkstra on reduced costs (non-negative thanks to the potentials), with a lazy binary heap. */
  private shortestDistances(source: number, potential: Float64Array, distance: Float64Array): void {
    distance.fill(Infinity);
    distance[source] = 0;
    let heapKeys = new Float64Array(64);
    let heapNodes = new Int32Array(64);
    let size = 0;
    const push = (key: number, node: number): void => {
      if (size === heapKeys.length) {
        const keys = new Float64Array(size * 2);
        keys.set(heapKeys);
        heapKeys = keys;
        const nodes = new Int32Array(size * 2);
        nodes.set(heapNodes);
        heapNodes = nodes;
      }
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapKeys[parent] <= key) break;
        heapKeys[i] = heapKeys[parent];
        heapNodes[i] = heapNodes[parent];
        i = parent;
      }
      heapKeys[i] = key;
      heapNodes[i] = node;
    };
    push(0, source);
    while (size > 0) {
      const key = heapKeys[0];
      const u = heapNodes[0];
      const lastKey = heapKeys[--size];
      const lastNode = heapNodes[size];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && heapKeys[child + 1] < heapKeys[child]) child++;
        if (heapKeys[child] >= lastKey) break;
        heapKeys[i] = heapKeys[child];
        heapNodes[i] = heapNodes[child];
        i = child;
      }
      heapKeys[i] = lastKey;
      heapNodes[i] = lastNode;
      if (key > distance[u]) continue;
      const base = potential[u];
      for (let arc = this.head[u]; arc !== -1; arc = this.nextArc[arc]) {
        if (this.capacity[arc] <= 0) continue;
        const v = this.target[arc];
        // Clamp the rounding-free but possibly -0 reduced cost; costs are integers kept below 2^53.
        const reduced = Math.max(0, this.arcCost[arc] + base - potential[v]);
        const candidate = key + reduced;
        if (candidate < distance[v]) {
          distance[v] = candidate;
          push(candidate, v);
        }
      }
    }
  }

  /** Dinic max flow restricted to zero-reduced-cost arcs; returns the flow pushed. */
  private blockingFlows(source: number, sink: number, potential: Float64Array, level: Int32Array, cursor: Int32Array): number {
    let total = 0;
    const queue = new Int32Array(this.nodeCount);
    const pathArcs = new Int32Array(this.nodeCount);
    const admissible = (arc: number, u: number): boolean =>
      this.capacity[arc] > 0 && this.arcCost[arc] + potential[u] - potential[this.target[arc]] === 0;
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let tail = 0;
      queue[tail++] = source;
      for (let headIndex = 0; headIndex < tail && level[sink] < 0; headIndex++) {
        const u = queue[headIndex];
        for (let arc = this.head[u]; arc !== -1; arc = this.nextArc[arc]) {
          const v = this.target[arc];
          if (level[v] < 0 && admissible(arc, u)) {
            level[v] = level[u] + 1;
            queue[tail++] = v;
          }
        }
      }
      if (level[sink] < 0) return total;
      for (let v = 0; v < this.nodeCount; v++) cursor[v] = this.head[v];
      let depth = 0;
      let u = source;
      for (;;) {
        if (u === sink) {
          let bottleneck = 0x7fffffff;
          for (let i = 0; i < depth; i++) bottleneck = Math.min(bottleneck, this.capacity[pathArcs[i]]);
          let retreatTo = depth;
          for (let i = 0; i < depth; i++) {
            const arc = pathArcs[i];
            this.capacity[arc] -= bottleneck;
            this.capacity[arc ^ 1] += bottleneck;
            if (this.capacity[arc] === 0 && i < retreatTo) retreatTo = i;
          }
          total += bottleneck;
          depth = retreatTo;
          u = depth === 0 ? source : this.target[pathArcs[depth - 1]];
          continue;
        }
        let arc = cursor[u];
        while (arc !== -1) {
          const v = this.target[arc];
          if (level[v] === level[u] + 1 && admissible(arc, u)) break;
          arc = this.nextArc[arc];
        }
        cursor[u] = arc;
        if (arc !== -1) {
          pathArcs[depth++] = arc;
          u = this.target[arc];
          continue;
        }
        // Dead end: no admissible arc leaves u in this level graph any more.
        level[u] = -1;
        if (depth === 0) break;
        const back = pathArcs[--depth];
        u = this.target[back ^ 1];
        cursor[u] = this.nextArc[cursor[u]];
      }
    }
  }
}
