/**
 * The distinct agents of a conversation, in a small array (most conversations have one or two), moved
 * to a Set past a handful so a thread with thousands of agents stays linear.
 *
 * @example
 * const agents = new AgentList();
 * for (const agent of ["Acme/MM", "Acme/AB", "Acme/MM"]) agents.add(agent);
 * agents.sorted(); // => ["Acme/AB", "Acme/MM"]
 */
export class AgentList {
  #list: string[] = [];
  #set: Set<string> | undefined;

  add(agent: string): void {
    if (this.#set) {
      this.#set.add(agent);
      return;
    }
    if (this.#list.includes(agent)) return;
    this.#list.push(agent);
    if (this.#list.length > 16) this.#set = new Set(this.#list);
  }

  /** The agents, sorted (as `[...new Set(agents)].sort()` gives them). Call once, at the end. */
  sorted(): string[] {
    return (this.#set ? [...this.#set] : this.#list).sort();
  }
}
