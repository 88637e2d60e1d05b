import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** The current time, ticking every `intervalMs` while the component is mounted (deadline countdowns). */
export function useNow(intervalMs = 30_000): Ref<Date> {
  const now = ref(new Date());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => {
      now.value = new Date();
    }, intervalMs);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
