/** The relay's counters and gauges, rendered as Prometheus text for `GET /metrics`. */
export class Metrics {
	connections = 0;
	rooms = 0;
	/** Updates received and not yet in persistence, over all rooms (set before rendering). */
	unstored = 0;
	#messagesIn = 0;
	#messagesOut = 0;
	#bytesIn = 0;
	#bytesOut = 0;
	#writesRefused = 0;
	#refused = new Map<string, number>();
	#persistenceCount = 0;
	#persistenceSeconds = 0;

	received(bytes: number): void {
		this.#messagesIn += 1;
		this.#bytesIn += bytes;
	}

	sent(bytes: number): void {
		this.#messagesOut += 1;
		this.#bytesOut += bytes;
	}

	writeRefused(): void {
		this.#writesRefused += 1;
	}

	refused(reason: string): void {
		this.#refused.set(reason, (this.#refused.get(reason) ?? 0) + 1);
	}

	/** One room load or unload took `ms`. */
	persistence(ms: number): void {
		this.#persistenceCount += 1;
		this.#persistenceSeconds += ms / 1000;
	}

	render(): string {
		const lines = [
			'# HELP switchboard_relay_connections Open websocket connections.',
			'# TYPE switchboard_relay_connections gauge',
			`switchboard_relay_connections ${this.connections}`,
			'# HELP switchboard_relay_rooms Rooms loaded in memory.',
			'# TYPE switchboard_relay_rooms gauge',
			`switchboard_relay_rooms ${this.rooms}`,
			'# HELP switchboard_relay_unstored_updates Updates received and not yet stored.',
			'# TYPE switchboard_relay_unstored_updates gauge',
			`switchboard_relay_unstored_updates ${this.unstored}`,
			'# HELP switchboard_relay_messages_total Websocket messages.',
			'# TYPE switchboard_relay_messages_total counter',
			`switchboard_relay_messages_total{direction="in"} ${this.#messagesIn}`,
			`switchboard_relay_messages_total{direction="out"} ${this.#messagesOut}`,
			'# HELP switchboard_relay_bytes_total Websocket message bytes.',
			'# TYPE switchboard_relay_bytes_total counter',
			`switchboard_relay_bytes_total{direction="in"} ${this.#bytesIn}`,
			`switchboard_relay_bytes_total{direction="out"} ${this.#bytesOut}`,
			'# HELP switchboard_relay_writes_refused_total Changes sent with a read-only grant (dropped).',
			'# TYPE switchboard_relay_writes_refused_total counter',
			`switchboard_relay_writes_refused_total ${this.#writesRefused}`,
			'# HELP switchboard_relay_connections_refused_total Connections closed by a check, by reason.',
			'# TYPE switchboard_relay_connections_refused_total counter',
			...[...this.#refused].map(
				([reason, n]) =>
					`switchboard_relay_connections_refused_total{reason="${reason.replace(/["\\\n]/g, '_')}"} ${n}`
			),
			'# HELP switchboard_relay_persistence_seconds Time spent loading and unloading rooms.',
			'# TYPE switchboard_relay_persistence_seconds summary',
			`switchboard_relay_persistence_seconds_sum ${this.#persistenceSeconds.toFixed(6)}`,
			`switchboard_relay_persistence_seconds_count ${this.#persistenceCount}`
		];
		return `${lines.join('\n')}\n`;
	}
}
